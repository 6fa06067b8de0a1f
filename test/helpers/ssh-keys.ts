/**
 * Real SSH keys for tests, generated with node's crypto and written in OpenSSH formats by hand
 * (the SSH wire encoding of RFC 4251 / PROTOCOL.key / PROTOCOL.certkeys), so no fixture can go stale.
 */
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "crypto";

export type EcCurve = "P-256" | "P-384" | "P-521";

const EC_CURVES: Record<EcCurve, { name: string; bytes: number }> = {
  "P-256": { name: "nistp256", bytes: 32 },
  "P-384": { name: "nistp384", bytes: 48 },
  "P-521": { name: "nistp521", bytes: 66 },
};

// ---- wire encoding -------------------------------------------------------------------------

export function sshUint32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

export function sshUint64(value: bigint): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(value);
  return out;
}

/** A length-prefixed string. */
export function sshString(data: Buffer | string): Buffer {
  const bytes = typeof data === "string" ? Buffer.from(data, "latin1") : data;
  return Buffer.concat([sshUint32(bytes.length), bytes]);
}

/** An unsigned big-endian integer as an mpint: minimal, with a 0 byte when the top bit is set. */
export function sshMpint(magnitude: Buffer): Buffer {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  return sshString(trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

/** `type base64 [comment]` from a public key blob whose first string is the type. */
export function publicKeyLine(blob: Buffer, comment?: string): string {
  const type = blob.subarray(4, 4 + blob.readUInt32BE(0)).toString("latin1");
  const line = `${type} ${blob.toString("base64")}`;
  return comment === undefined ? line : `${line} ${comment}`;
}

/** The base64 body of a public key line. */
export function keyBody(line: string): string {
  return line.split(/\s+/)[1];
}

/** The decoded wire blob of a public key line. */
export function keyBlob(line: string): Buffer {
  return Buffer.from(keyBody(line), "base64");
}

// ---- public keys ---------------------------------------------------------------------------

function jwkBytes(key: KeyObject, field: "x" | "y" | "n" | "e" | "d"): Buffer {
  const value = key.export({ format: "jwk" })[field];
  if (typeof value !== "string") throw new Error(`JWK has no ${field}`);
  return Buffer.from(value, "base64url");
}

function leftPad(bytes: Buffer, length: number): Buffer {
  return bytes.length >= length ? bytes : Buffer.concat([Buffer.alloc(length - bytes.length), bytes]);
}

export function ed25519PublicBlob(publicKey: KeyObject): Buffer {
  return Buffer.concat([sshString("ssh-ed25519"), sshString(jwkBytes(publicKey, "x"))]);
}

export function makeEd25519PublicKey(comment?: string): string {
  const { publicKey } = generateKeyPairSync("ed25519");
  return publicKeyLine(ed25519PublicBlob(publicKey), comment);
}

export function makeRsaPublicKey(bits: number, comment?: string): string {
  const { publicKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  const blob = Buffer.concat([
    sshString("ssh-rsa"),
    sshMpint(jwkBytes(publicKey, "e")),
    sshMpint(jwkBytes(publicKey, "n")),
  ]);
  return publicKeyLine(blob, comment);
}

export function makeEcdsaPublicKey(curve: EcCurve, comment?: string): string {
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: curve });
  const { name, bytes } = EC_CURVES[curve];
  const point = Buffer.concat([
    Buffer.from([0x04]),
    leftPad(jwkBytes(publicKey, "x"), bytes),
    leftPad(jwkBytes(publicKey, "y"), bytes),
  ]);
  const blob = Buffer.concat([sshString(`ecdsa-sha2-${name}`), sshString(name), sshString(point)]);
  return publicKeyLine(blob, comment);
}

/** A FIDO ed25519 key (sk-ssh-ed25519@openssh.com): an ed25519 key plus the application string. */
export function makeSkEd25519PublicKey(comment?: string): string {
  const { publicKey } = generateKeyPairSync("ed25519");
  const blob = Buffer.concat([
    sshString("sk-ssh-ed25519@openssh.com"),
    sshString(jwkBytes(publicKey, "x")),
    sshString("ssh:"),
  ]);
  return publicKeyLine(blob, comment);
}

/** A user certificate for a fresh ed25519 key, really signed by a fresh ed25519 CA. */
export function makeEd25519Certificate(comment?: string): string {
  const { publicKey } = generateKeyPairSync("ed25519");
  const ca = generateKeyPairSync("ed25519");
  const type = "ssh-ed25519-cert-v01@openssh.com";
  const signed = Buffer.concat([
    sshString(type),
    sshString(randomBytes(32)), // nonce
    sshString(jwkBytes(publicKey, "x")),
    sshUint64(1n), // serial
    sshUint32(1), // user certificate
    sshString("test-key-id"),
    sshString(sshString("ubuntu")), // principals
    sshUint64(0n),
    sshUint64(0xffffffffffffffffn),
    sshString(""), // critical options
    sshString(Buffer.concat([sshString("permit-pty"), sshString("")])),
    sshString(""), // reserved
    sshString(ed25519PublicBlob(ca.publicKey)),
  ]);
  const signature = Buffer.concat([sshString("ssh-ed25519"), sshString(sign(null, signed, ca.privateKey))]);
  return publicKeyLine(Buffer.concat([signed, sshString(signature)]), comment);
}

// ---- private keys --------------------------------------------------------------------------

/** A PKCS#8 PEM private key (`-----BEGIN PRIVATE KEY-----`). */
export function makePrivateKeyPem(): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  return privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

/** A PKCS#1 RSA PEM private key (`-----BEGIN RSA PRIVATE KEY-----`). */
export function makeRsaPrivateKeyPem(bits = 2048): string {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: bits });
  return privateKey.export({ type: "pkcs1", format: "pem" }).toString();
}

/** A SEC1 EC PEM private key (`-----BEGIN EC PRIVATE KEY-----`). */
export function makeEcPrivateKeyPem(curve: EcCurve = "P-256"): string {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: curve });
  return privateKey.export({ type: "sec1", format: "pem" }).toString();
}

/** An encrypted PKCS#8 PEM private key (`-----BEGIN ENCRYPTED PRIVATE KEY-----`). */
export function makeEncryptedPrivateKeyPem(passphrase: string): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  return privateKey
    .export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc", passphrase })
    .toString();
}

/** The base64 (unwrapped) of an unencrypted openssh-key-v1 blob holding an ed25519 key. */
export function makeOpenSshPrivateKeyBase64(comment = "test@example"): string {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const pub = jwkBytes(publicKey, "x");
  const seed = jwkBytes(privateKey, "d");
  const publicBlob = ed25519PublicBlob(publicKey);
  const check = randomBytes(4);
  let section = Buffer.concat([
    check,
    check,
    sshString("ssh-ed25519"),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(comment),
  ]);
  // Padded with 1, 2, 3... to the cipher block size (8 for "none").
  const padding = Buffer.from(Array.from({ length: (8 - (section.length % 8)) % 8 }, (_, i) => i + 1));
  section = Buffer.concat([section, padding]);
  const blob = Buffer.concat([
    Buffer.from("openssh-key-v1\0", "latin1"),
    sshString("none"),
    sshString("none"),
    sshString(""),
    sshUint32(1),
    sshString(publicBlob),
    sshString(section),
  ]);
  return blob.toString("base64");
}

/** An OpenSSH private key file (`-----BEGIN OPENSSH PRIVATE KEY-----`, 70-column lines). */
export function makeOpenSshPrivateKey(comment?: string): string {
  const body = makeOpenSshPrivateKeyBase64(comment).match(/.{1,70}/g) ?? [];
  return ["-----BEGIN OPENSSH PRIVATE KEY-----", ...body, "-----END OPENSSH PRIVATE KEY-----", ""].join("\n");
}

/** A PuTTY .ppk file (v3 layout; the private lines are random bytes, only the shape matters). */
export function makePuttyPrivateKey(): string {
  const { publicKey } = generateKeyPairSync("ed25519");
  return [
    "PuTTY-User-Key-File-3: ssh-ed25519",
    "Encryption: none",
    "Comment: test@example",
    "Public-Lines: 2",
    ...(ed25519PublicBlob(publicKey).toString("base64").match(/.{1,64}/g) ?? []),
    "Private-Lines: 1",
    randomBytes(48).toString("base64"),
    `Private-MAC: ${randomBytes(32).toString("hex")}`,
    "",
  ].join("\n");
}
