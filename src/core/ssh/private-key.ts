/** base64 of "openssh-key-v1\0", the magic that starts an OpenSSH private key blob. */
export const OPENSSH_PRIVATE_KEY_BASE64_PREFIX = "b3BlbnNzaC1rZXktdjEA";

const PEM_PRIVATE_KEY = /-{4,5}\s*BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?\s*-{4,5}/;
const PUTTY_PRIVATE_KEY = /(?:^|\s)PuTTY-User-Key-File-\d+\s*:/;
// The magic is at the blob's start, so its base64 is always aligned the same way.
const BARE_OPENSSH_BLOB = new RegExp(`(?:^|[^A-Za-z0-9+/=])${OPENSSH_PRIVATE_KEY_BASE64_PREFIX}`);

/**
 * True for private key material of any common flavour: PEM (PKCS#1, PKCS#8, SEC1, OpenSSH,
 * encrypted, ssh.com, PGP), PuTTY .ppk, or a bare OpenSSH private key blob pasted without
 * its BEGIN/END lines.
 */
export function looksLikePrivateKey(text: string): boolean {
  return PEM_PRIVATE_KEY.test(text) || PUTTY_PRIVATE_KEY.test(text) || BARE_OPENSSH_BLOB.test(text);
}
