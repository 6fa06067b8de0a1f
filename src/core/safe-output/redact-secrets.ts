/**
 * The one redaction every output goes through (findings in every format, diffs, plan checks, CLI messages):
 * secret-shaped text in a message, a suggestion or a shown value is replaced before anything is printed or
 * written. It runs on text that may be JSON-encoded (a diff value), so escaped line breaks (`\n`) count as line
 * breaks. Over-redaction is preferred to a leak: what is redacted is only ever shown, never compared.
 */
export const REDACTED = "<redacted>";
export const REDACTED_KEY = "<private key redacted>";

// From the armour to its END line, or to the end of the text when the key was cut or never closed.
const PEM_PRIVATE_KEY = /-*\s*BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?[\s\S]*?(?:END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-*|$)/g;
const PUTTY_PRIVATE_KEY = /PuTTY-User-Key-File-\d+\s*:[\s\S]*?(?:Private-MAC:\s*[0-9a-fA-F]*|$)/g;
/** base64 of "openssh-key-v1\0" and what follows it, across raw or escaped line breaks: a bare OpenSSH key. */
const OPENSSH_BLOB = /b3BlbnNzaC1rZXktdjEA(?:[A-Za-z0-9+/=]|\s|\\[nr])*/g;
/** A long base64 run (a key body line pasted alone, a certificate, a token): 60+ characters. */
const LONG_BASE64 = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{60,}={0,2}(?![A-Za-z0-9+/=])/g;
/** `ssh-ed25519 ` right before a base64 run: a public key, which is not a secret. */
const PUBLIC_KEY_TYPE = /(?:ssh-[a-z0-9-]+|ecdsa-sha2-[a-z0-9-]+|sk-[a-z0-9@.-]+|[a-z0-9-]+-cert-v01@openssh\.com)\s$/;
/** userinfo of a URL (`https://user:password@host`, `https://token@host`), up to the last `@` before the path. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:(?:\/\/|\\\/\\\/))[^\s/?#@]*@/gi;
/** `password: x`, `api_key=x`, `"token": "x"`: the value of a key named like a secret. */
const SECRET_VALUE =
  /(?<![A-Za-z0-9])([A-Za-z0-9_.-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key))((?:\\?["'])?\s*(?::|=)\s*(?:\\?["'])?)((?:[^\s"',}\]\\]|\\(?!["'n]))+)/gi;
/** `"password": "x"` (a JSON member, the key and the value each quoted). */
const JSON_SECRET_MEMBER =
  /("[A-Za-z0-9_.-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key)")(\s*:\s*")((?:[^"\\]|\\.)*)"/gi;
/** A double-quoted string, JSON-escaped or not. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;
const NOT_SECRET_KEYS = /^(?:lock_passwd|chpasswd|nopasswd|ssh_pwauth|.*_?(?:token|secret)s?_(?:file|path|ref|name))$/i;
const NOT_SECRET_VALUES = /^(?:true|false|null|~|yes|no|on|off|R|RANDOM|<redacted>|<private)$/i;
const AUTHORIZATION = /\b(authorization\s*:\s*(?:bearer|basic|token)\s+)[^\s"'\\]+/gi;
const KNOWN_TOKENS = [
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bglpat-[A-Za-z0-9_-]{20,}/g,
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bAccountKey=[A-Za-z0-9+/=]{20,}/g,
];
/** crypt(3) hashes `$6$salt$hash`: crackable offline. */
const CRYPT_HASH = /\$(?:1|2[aby]|5|6|7|y|gy)\$[./A-Za-z0-9$]{8,}/g;

function isSecretValue(key: string, value: string): boolean {
  return !NOT_SECRET_KEYS.test(key.replace(/"/g, "")) && !NOT_SECRET_VALUES.test(value) && !/^\$\{[^}]*\}?$/.test(value) && value !== "";
}

/** `text` with every secret-shaped part replaced by `<redacted>` (private keys by `<private key redacted>`). */
export function redactSecrets(text: string): string {
  if (text.length < 8) return text;
  let out = text
    .replace(PEM_PRIVATE_KEY, REDACTED_KEY)
    .replace(PUTTY_PRIVATE_KEY, REDACTED_KEY)
    .replace(OPENSSH_BLOB, REDACTED_KEY)
    .replace(URL_USERINFO, (_m, scheme: string) => `${scheme}${REDACTED}@`)
    .replace(AUTHORIZATION, (_m, head: string) => `${head}${REDACTED}`)
    .replace(CRYPT_HASH, REDACTED);
  for (const token of KNOWN_TOKENS) out = out.replace(token, REDACTED);
  // `key: value` inside quoted text only (a value shown as JSON, a quoted excerpt): in the tool's own prose,
  // `plain_text_passwd: sets a password` names a field, and the input is always quoted when shown.
  out = out.replace(JSON_SECRET_MEMBER, (match, key: string, separator: string, value: string) => (isSecretValue(key, value) ? `${key}${separator}${REDACTED}"` : match));
  out = out.replace(QUOTED, (quoted) =>
    quoted.replace(SECRET_VALUE, (match, key: string, separator: string, value: string) => (isSecretValue(key, value) ? `${key}${separator}${REDACTED}` : match)),
  );
  return out.replace(LONG_BASE64, (run: string, offset: number, whole: string) => {
    if (/^[0-9a-f]+$/i.test(run) || !/[0-9+]/.test(run) || !/[A-Z]/.test(run) || !/[a-z]/.test(run)) return run; // digests, words
    if (PUBLIC_KEY_TYPE.test(whole.slice(Math.max(0, offset - 60), offset))) return run;
    return REDACTED;
  });
}

/** A copy of a JSON-like value with every string (object keys included) redacted. */
export function redactDeep<T>(value: T): T {
  if (typeof value === "string") return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map(redactDeep) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      Object.defineProperty(out, redactSecrets(key), { value: redactDeep(member), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}
