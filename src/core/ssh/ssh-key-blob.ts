import { createPublicKey } from "crypto";
import { isCertificateType, isKnownKeyType, plainTypeOf, type PlainKeyType } from "./ssh-key-types";
import { SshWireReader, TruncatedBlobError, bitLength, isNegativeMpint } from "./ssh-wire";

export type BlobCheck = { ok: true; bits: number } | { ok: false; message: string };

/** OpenSSH refuses RSA moduli outside these bounds (SSH_RSA_MINIMUM_MODULUS_SIZE, SSHBUF_MAX_BIGNUM). */
const RSA_MIN_BITS = 1024;
const RSA_MAX_BITS = 16384;
const ED25519_KEY_BYTES = 32;

const EC_CURVES = {
  nistp256: { jwk: "P-256", bytes: 32, bits: 256 },
  nistp384: { jwk: "P-384", bytes: 48, bits: 384 },
  nistp521: { jwk: "P-521", bytes: 66, bits: 521 },
} as const;
type EcCurveName = keyof typeof EC_CURVES;

/** A field's content is wrong (the blob is complete but not a valid key). */
class KeyFieldError extends Error {}

/**
 * Checks that a decoded public key body is a well-formed key of the declared type:
 * the embedded type name, every field of the key (and of the certificate), nothing left over.
 */
export function checkKeyBlob(declaredType: string, blob: Buffer): BlobCheck {
  const plain = plainTypeOf(declaredType);
  if (!plain) return { ok: false, message: `unknown key type ${declaredType}` };
  const reader = new SshWireReader(blob);
  const embedded = readEmbeddedType(reader);
  if (embedded === undefined) return { ok: false, message: `the key body is not an ${declaredType} public key` };
  if (embedded !== declaredType) return { ok: false, message: mismatchMessage(declaredType, embedded) };
  try {
    const bits = readKeyBody(declaredType, plain, reader);
    if (reader.remaining > 0) {
      return { ok: false, message: `the ${declaredType} key body has ${reader.remaining} unexpected extra bytes` };
    }
    return { ok: true, bits };
  } catch (error) {
    if (error instanceof TruncatedBlobError) {
      return { ok: false, message: `the ${declaredType} key body is truncated: part of the key was lost when copying` };
    }
    if (error instanceof KeyFieldError) return { ok: false, message: error.message };
    throw error;
  }
}

function readEmbeddedType(reader: SshWireReader): string | undefined {
  try {
    return reader.readString().toString("latin1");
  } catch (error) {
    if (error instanceof TruncatedBlobError) return undefined;
    throw error;
  }
}

/** Names the body's type only when it is a real key type: otherwise it is arbitrary bytes. */
function mismatchMessage(declared: string, embedded: string): string {
  const known = isKnownKeyType(embedded) || embedded === "ssh-dss";
  return known
    ? `the key says ${declared} but its body is an ${embedded} key`
    : `the key says ${declared} but its body is not an ${declared} key`;
}

function readKeyBody(declaredType: string, plain: PlainKeyType, reader: SshWireReader): number {
  const certificate = isCertificateType(declaredType);
  if (certificate) reader.readString(); // nonce
  const bits = readKeyFields(plain, reader);
  if (certificate) readCertificateFields(reader);
  return bits;
}

/** Reads the public key fields of one plain type; returns its size in bits (as `ssh-keygen -l` shows). */
function readKeyFields(plain: PlainKeyType, reader: SshWireReader): number {
  switch (plain) {
    case "ssh-ed25519":
      return readEd25519(reader);
    case "sk-ssh-ed25519@openssh.com": {
      const bits = readEd25519(reader);
      reader.readString(); // application, e.g. "ssh:"
      return bits;
    }
    case "ssh-rsa":
      return readRsa(reader);
    case "ecdsa-sha2-nistp256":
      return readEcdsa("nistp256", reader);
    case "ecdsa-sha2-nistp384":
      return readEcdsa("nistp384", reader);
    case "ecdsa-sha2-nistp521":
      return readEcdsa("nistp521", reader);
    case "sk-ecdsa-sha2-nistp256@openssh.com": {
      const bits = readEcdsa("nistp256", reader);
      reader.readString(); // application
      return bits;
    }
  }
}

function readEd25519(reader: SshWireReader): number {
  const key = reader.readString();
  if (key.length !== ED25519_KEY_BYTES) {
    throw new KeyFieldError(`an ed25519 public key is ${ED25519_KEY_BYTES} bytes, this one has ${key.length}`);
  }
  return 256;
}

function readRsa(reader: SshWireReader): number {
  const exponent = reader.readString();
  const modulus = reader.readString();
  if (isNegativeMpint(exponent) || bitLength(exponent) < 2) {
    throw new KeyFieldError("the RSA public exponent is invalid");
  }
  if (isNegativeMpint(modulus)) throw new KeyFieldError("the RSA modulus is negative");
  const bits = bitLength(modulus);
  if (bits < RSA_MIN_BITS) {
    throw new KeyFieldError(
      `an RSA key of ${bits} bits is too small: OpenSSH refuses keys under ${RSA_MIN_BITS} bits (use ed25519)`,
    );
  }
  if (bits > RSA_MAX_BITS) throw new KeyFieldError(`an RSA key of ${bits} bits is over OpenSSH's limit of ${RSA_MAX_BITS}`);
  return bits;
}

function readEcdsa(expected: EcCurveName, reader: SshWireReader): number {
  const curve = reader.readString().toString("latin1");
  if (curve !== expected) {
    const named = Object.hasOwn(EC_CURVES, curve) ? curve : "a different one";
    throw new KeyFieldError(`the key says curve ${expected} but its body uses ${named}`);
  }
  const point = reader.readString();
  if (!isPointOnCurve(expected, point)) {
    throw new KeyFieldError(`the key body does not hold a valid ${expected} public point`);
  }
  return EC_CURVES[expected].bits;
}

/** An uncompressed point (0x04 | X | Y) that OpenSSL accepts as lying on the curve. */
function isPointOnCurve(curve: EcCurveName, point: Buffer): boolean {
  const { jwk, bytes } = EC_CURVES[curve];
  if (point.length !== 1 + 2 * bytes || point[0] !== 0x04) return false;
  const x = point.subarray(1, 1 + bytes).toString("base64url");
  const y = point.subarray(1 + bytes).toString("base64url");
  try {
    createPublicKey({ key: { kty: "EC", crv: jwk, x, y }, format: "jwk" });
    return true;
  } catch {
    return false;
  }
}

/** Certificate fields after the key (PROTOCOL.certkeys); the CA signature is not verified here. */
function readCertificateFields(reader: SshWireReader): void {
  reader.readUint64(); // serial
  const certType = reader.readUint32();
  if (certType !== 1 && certType !== 2) throw new KeyFieldError("the certificate is neither a user nor a host certificate");
  reader.readString(); // key id
  reader.readString(); // valid principals
  reader.readUint64(); // valid after
  reader.readUint64(); // valid before
  reader.readString(); // critical options
  reader.readString(); // extensions
  reader.readString(); // reserved
  reader.readString(); // signature key
  reader.readString(); // signature
}
