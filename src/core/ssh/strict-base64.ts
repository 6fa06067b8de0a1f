export type Base64Decode = { ok: true; bytes: Buffer } | { ok: false; problem: string };

const ALPHABET = /^[A-Za-z0-9+/]*$/;

/**
 * Strict standard base64: Node's own decoder silently skips bad characters and missing padding,
 * which would hide a key damaged by copy and paste.
 */
export function decodeStrictBase64(text: string): Base64Decode {
  const body = text.replace(/={1,2}$/, "");
  if (!ALPHABET.test(body)) return { ok: false, problem: badCharacterProblem(body) };
  if (text.length % 4 !== 0) {
    return { ok: false, problem: "its length is not a multiple of 4: part of it was lost or added when copying" };
  }
  const bytes = Buffer.from(text, "base64");
  // Re-encoding catches wrong padding and non-zero trailing bits.
  if (bytes.toString("base64") !== text) return { ok: false, problem: "its base64 padding is wrong" };
  return { ok: true, bytes };
}

/** Names the position only: the character itself is key material. */
function badCharacterProblem(body: string): string {
  const index = body.search(/[^A-Za-z0-9+/]/);
  const urlSafe = /[-_]/.test(body[index] ?? "") ? " (base64url characters - or _ are not allowed)" : "";
  return `it has a character outside the base64 alphabet at position ${index + 1}${urlSafe}`;
}
