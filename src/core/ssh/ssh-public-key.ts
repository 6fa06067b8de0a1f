import { closestMatch } from "../suggest/did-you-mean";
import { splitOptionsPrefix, startsWithOptions } from "./authorized-keys-options";
import { looksLikePrivateKey } from "./private-key";
import { checkKeyBlob } from "./ssh-key-blob";
import { DSA_KEY_TYPES, SSH_KEY_TYPES, isCertificateType, isKnownKeyType } from "./ssh-key-types";
import { decodeStrictBase64 } from "./strict-base64";

export { looksLikePrivateKey } from "./private-key";
export { SSH_KEY_TYPES } from "./ssh-key-types";

export type SshKeyCheck =
  | {
      ok: true;
      type: string;
      comment?: string;
      /** Key size as `ssh-keygen -l` reports it: the RSA modulus length, the curve size otherwise. */
      bits?: number;
      /** normalised: "type base64 comment" single spaces, trimmed (authorized_keys options dropped) */
      normalized: string;
      certificate: boolean;
    }
  | { ok: false; message: string; privateKey: boolean; suggestion?: string };

type Failure = Extract<SshKeyCheck, { ok: false }>;

const EXAMPLE = 'a public key such as "ssh-ed25519 AAAAC3... user@host"';
export const PRIVATE_KEY_MESSAGE =
  "this is a PRIVATE key: never put it in sshKeys; use the matching public key (the .pub file)";
const PLACEHOLDER_MESSAGE =
  "looks like a documentation placeholder; paste the whole public key (the contents of e.g. ~/.ssh/id_ed25519.pub)";
const DSA_MESSAGE =
  "DSA keys (ssh-dss) are disabled in current OpenSSH; use an ed25519 key instead (ssh-keygen -t ed25519)";

/**
 * Checks one `sshKeys` item as sshd would read an authorized_keys line, down to the key's
 * wire encoding. Failure messages never quote key material, only the key type.
 */
export function checkSshPublicKey(line: string): SshKeyCheck {
  const known = publicKeys.get(line);
  if (known) return known;
  const result = checkUncached(line);
  // A fleet repeats its team's keys on every VM (and the policies check them again): public
  // keys that passed are remembered (never a failure, which might be a private key).
  if (result.ok) {
    if (publicKeys.size >= 256) publicKeys.delete(publicKeys.keys().next().value as string);
    publicKeys.set(line, Object.freeze(result));
  }
  return result;
}

const publicKeys = new Map<string, SshKeyCheck>();

function checkUncached(line: string): SshKeyCheck {
  // First: a private key must be recognised even when it spans lines or sits after a prefix.
  if (looksLikePrivateKey(line)) return fail(PRIVATE_KEY_MESSAGE, { privateKey: true });
  const text = line.trim();
  if (text === "") return fail(`is empty: expected ${EXAMPLE}`);
  return shapeProblem(text) ?? checkKeyLine(text);
}

function fail(message: string, extra: { privateKey?: boolean; suggestion?: string } = {}): Failure {
  const failure: Failure = { ok: false, message, privateKey: extra.privateKey ?? false };
  if (extra.suggestion !== undefined) failure.suggestion = extra.suggestion;
  return failure;
}

/** Whole-string mistakes, before looking at fields. */
function shapeProblem(text: string): Failure | undefined {
  if (/^-{4}\s*BEGIN SSH2 PUBLIC KEY/.test(text)) {
    return fail('is in RFC 4716 (SSH2) format; convert it to one line with "ssh-keygen -i -f key.pub"');
  }
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== "");
  if (lines.length > 1) return multiLineProblem(lines);
  if (text.startsWith("#")) return fail(`is a comment, not a key: expected ${EXAMPLE}`);
  if (/^(["']).*\1$/.test(text)) return fail("remove the quotes around the key");
  return undefined;
}

/** Several keys in one item, or one key wrapped over lines by an editor or terminal. */
function multiLineProblem(lines: readonly string[]): Failure {
  const keys = lines.filter((l) => isTypeWord(firstWord(l.trim()))).length;
  if (keys > 1) return fail(`holds ${keys} keys: put one public key per sshKeys list item`);
  return fail(
    `spans ${lines.length} lines, but a public key is a single line (was it wrapped when copied?); put one public key per sshKeys list item`,
  );
}

function firstWord(text: string): string {
  return text.split(/\s+/, 1)[0];
}

function secondWord(text: string): string {
  return text.split(/\s+/, 2)[1] ?? "";
}

function isTypeWord(word: string): boolean {
  return isKnownKeyType(word) || DSA_KEY_TYPES.includes(word);
}

/** `[options] type base64 [comment]`: works out which of the three shapes the line starts with. */
function checkKeyLine(text: string): SshKeyCheck {
  const first = firstWord(text);
  if (isTypeWord(first)) return checkTypedKey(text);
  if (first.startsWith("AAAA")) return missingTypeProblem(first, text);
  if (!startsWithOptions(first) && !isTypeWord(secondWord(text))) return unknownTypeProblem(first);
  const split = splitOptionsPrefix(text);
  if (!split.ok) return fail(split.message);
  if (split.rest === "") return fail(`has key options but no key: expected ${EXAMPLE}`);
  const type = firstWord(split.rest);
  return isTypeWord(type) ? checkTypedKey(split.rest) : unknownTypeProblem(type);
}

function checkTypedKey(text: string): SshKeyCheck {
  const [type, body, ...commentWords] = text.split(/\s+/);
  if (DSA_KEY_TYPES.includes(type)) return fail(DSA_MESSAGE, { suggestion: "ssh-ed25519" });
  if (body === undefined) return fail(`has the key type ${type} but no key: expected ${EXAMPLE}`);
  if (isPlaceholder(body)) return fail(PLACEHOLDER_MESSAGE);
  // Every SSH blob starts with a small length prefix, hence "AAAA" in base64.
  if (!body.startsWith("AAAA")) {
    return fail(`the part after ${type} is not a key (a public key is base64 starting with AAAA): expected ${EXAMPLE}`);
  }
  const decoded = decodeStrictBase64(body);
  if (!decoded.ok) return fail(`the ${type} key is not valid base64: ${decoded.problem}`);
  const blob = checkKeyBlob(type, decoded.bytes);
  if (!blob.ok) return fail(blob.message);
  const comment = commentWords.length > 0 ? commentWords.join(" ") : undefined;
  return {
    ok: true,
    type,
    ...(comment !== undefined ? { comment } : {}),
    bits: blob.bits,
    normalized: comment !== undefined ? `${type} ${body} ${comment}` : `${type} ${body}`,
    certificate: isCertificateType(type),
  };
}

/** `AAAA...`, `AAAAC3Nza…`, `<your key>`, `${KEY}`: text from a README, not a key. */
function isPlaceholder(body: string): boolean {
  return /\.\.\.|…/.test(body) || /^[<{[$]/.test(body) || /^x+$/i.test(body);
}

/** The type word was left out: if the body is a valid key, say which type to add. */
function missingTypeProblem(body: string, text: string): Failure {
  const decoded = decodeStrictBase64(body);
  const embedded = decoded.ok ? typeNamedIn(decoded.bytes) : undefined;
  if (decoded.ok && embedded && checkKeyBlob(embedded, decoded.bytes).ok) {
    return fail(`the key type is missing: start the line with ${embedded}`, { suggestion: `${embedded} ${text}` });
  }
  return fail(`the key type is missing: expected ${EXAMPLE}`);
}

function typeNamedIn(blob: Buffer): string | undefined {
  if (blob.length < 4) return undefined;
  const length = blob.readUInt32BE(0);
  const name = blob.subarray(4, 4 + length).toString("latin1");
  return isKnownKeyType(name) ? name : undefined;
}

/** Quotes the word only when it is a typo of a real type: otherwise it could be anything, even a secret. */
function unknownTypeProblem(word: string): Failure {
  const suggestion = closestMatch(word, SSH_KEY_TYPES);
  if (suggestion) return fail(`unknown key type "${word}" (did you mean "${suggestion}"?)`, { suggestion });
  return fail(`does not start with a known key type (ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa...): expected ${EXAMPLE}`);
}
