/** Suffix OpenSSH appends to a key type to name its certificate form. */
export const CERT_SUFFIX = "-cert-v01@openssh.com";

/** Plain (non-certificate) key types sshd accepts in authorized_keys. */
export const PLAIN_KEY_TYPES = [
  "ssh-ed25519",
  "ssh-rsa",
  "ecdsa-sha2-nistp256",
  "ecdsa-sha2-nistp384",
  "ecdsa-sha2-nistp521",
  "sk-ssh-ed25519@openssh.com",
  "sk-ecdsa-sha2-nistp256@openssh.com",
] as const;

export type PlainKeyType = (typeof PLAIN_KEY_TYPES)[number];

/** `sk-ssh-ed25519@openssh.com` → `sk-ssh-ed25519-cert-v01@openssh.com`. */
export function certificateTypeOf(plain: string): string {
  return plain.replace(/@openssh\.com$/, "") + CERT_SUFFIX;
}

/** Every key type a public key line may start with, plain forms first. */
export const SSH_KEY_TYPES: readonly string[] = Object.freeze([
  ...PLAIN_KEY_TYPES,
  ...PLAIN_KEY_TYPES.map(certificateTypeOf),
]);

/** DSA: removed from OpenSSH (disabled by default since 7.0, gone in 9.8). */
export const DSA_KEY_TYPES: readonly string[] = ["ssh-dss", certificateTypeOf("ssh-dss")];

export function isKnownKeyType(type: string): boolean {
  return SSH_KEY_TYPES.includes(type);
}

export function isCertificateType(type: string): boolean {
  return type.endsWith(CERT_SUFFIX);
}

/** The plain type behind a known type: a certificate's underlying key type, or the type itself. */
export function plainTypeOf(type: string): PlainKeyType | undefined {
  return PLAIN_KEY_TYPES.find((plain) => plain === type || certificateTypeOf(plain) === type);
}
