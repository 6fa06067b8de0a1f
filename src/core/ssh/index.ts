export { checkSshPublicKey, PRIVATE_KEY_MESSAGE, type SshKeyCheck } from "./ssh-public-key";
export { looksLikePrivateKey } from "./private-key";
export { SSH_KEY_TYPES } from "./ssh-key-types";
