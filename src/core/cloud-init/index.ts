export { parseCloudInit, type CloudInitKind, type CloudInitParse } from "./cloud-init-document";
export { cloudConfigLocator } from "./cloud-config-locator";
export { formatConfigPath, type ConfigPath, type LineLocator } from "./config-path";
export { findPasswordLogin, type CloudInitIssue } from "./password-login";
export { findSecrets, type SecretHit } from "./secrets";
