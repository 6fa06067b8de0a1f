import { isPlaceholderValue } from "./placeholder-values";

export type SecretKind = "private-key" | "password" | "token" | "cloud-credential";

/** What was found on a line, described without its value. */
export interface SecretMatch {
  readonly kind: SecretKind;
  readonly description: string;
  /** A password hash rather than a clear-text password. */
  readonly hash?: boolean;
}

type Detector = (line: string) => SecretMatch | undefined;

/** A pattern whose mere presence is a secret (the formats are specific enough). */
function fixed(kind: SecretKind, description: string, pattern: RegExp): Detector {
  return (line) => (pattern.test(line) ? { kind, description } : undefined);
}

/** A pattern whose first group is a value: reported unless it is a placeholder like `${TOKEN}`. */
function valued(kind: SecretKind, description: string, pattern: RegExp, accept = literalValue): Detector {
  return (line) => {
    const value = pattern.exec(line)?.[1];
    return value !== undefined && accept(value) ? { kind, description } : undefined;
  };
}

/** Strips quotes, a trailing YAML comment, and what follows the value in a flow mapping. */
export function cleanValue(raw: string): string {
  const text = raw.trim();
  const quoted = /^(["'])(.*?)\1/.exec(text);
  if (quoted) return quoted[2];
  let value = text.replace(/\s+#.*$/, "").split(/,\s/, 1)[0].trim();
  // `{name: a, password: x}`: drop closing brackets the value did not open (keeps `${VAR}` whole).
  while (/[}\]]$/.test(value) && unbalanced(value)) value = value.slice(0, -1);
  return value;
}

function unbalanced(value: string): boolean {
  const count = (re: RegExp): number => value.match(re)?.length ?? 0;
  return count(/}/g) > count(/{/g) || count(/]/g) > count(/\[/g);
}

function literalValue(raw: string): boolean {
  return !isPlaceholderValue(cleanValue(raw));
}

/** Long and mixed letters/digits: a generated credential, not a name like `my-app-secret`. */
function randomLookingValue(raw: string): boolean {
  const value = cleanValue(raw);
  return literalValue(value) && value.length >= 16 && /[A-Za-z]/.test(value) && /\d/.test(value);
}

export const CLOUD_CREDENTIAL_DETECTORS: readonly Detector[] = [
  fixed("cloud-credential", "an AWS access key ID", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/),
  fixed(
    "cloud-credential",
    "an AWS secret access key",
    /aws_secret_access_key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i,
  ),
  fixed("cloud-credential", "an Azure storage account key", /\bAccountKey=[A-Za-z0-9+/]{40,}/),
  fixed("cloud-credential", "a Google Cloud service account key", /"private_key_id"\s*:\s*"[0-9a-f]{40}"/),
];

export const TOKEN_DETECTORS: readonly Detector[] = [
  fixed("token", "a GitHub token", /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{50,}/),
  fixed("token", "a GitLab token", /\bglpat-[A-Za-z0-9_-]{20,}/),
  fixed("token", "a Slack token", /\bxox[baprs]-[A-Za-z0-9-]{10,}/),
  valued("token", "an Authorization header credential", /\bauthorization\s*:\s*(?:bearer|basic|token)\s+([^\s"']+)/i),
  valued(
    "token",
    "a token",
    /(?:^|[^A-Za-z0-9])[A-Za-z0-9_.-]*(?:token|secret|api[_-]?key|access[_-]?key|auth[_-]?key)["']?\s*(?::\s|=)\s*["']?([^\s"',}]+)/i,
    randomLookingValue,
  ),
  valued("token", "a token", /--(?:token|secret|api-key)(?:=|\s+)["']?([^\s"']+)/, randomLookingValue),
];

/** crypt(3) prefixes: `$6$salt$hash`. */
const CRYPT_SCHEMES: Record<string, string> = {
  "1": "MD5 crypt",
  "2a": "bcrypt",
  "2b": "bcrypt",
  "2y": "bcrypt",
  "5": "SHA-256 crypt",
  "6": "SHA-512 crypt",
  "7": "scrypt",
  y: "yescrypt",
  gy: "gost-yescrypt",
};

function cryptScheme(value: string): string | undefined {
  const id = /^\$([0-9a-z]{1,2})\$/.exec(value)?.[1];
  return id === undefined ? undefined : CRYPT_SCHEMES[id];
}

/** cloud-init's "generate one" values (R, RANDOM) and switches are not passwords. */
function isNotAPassword(value: string): boolean {
  return /^(?:R|RANDOM|true|false|yes|no|on|off|0|1)$/i.test(value);
}

/** A password value: clear text, or a hash (reported as such: it can be cracked offline). */
export function passwordMatch(raw: string, description: string): SecretMatch | undefined {
  const value = cleanValue(raw);
  if (isPlaceholderValue(value) || isNotAPassword(value)) return undefined;
  const scheme = cryptScheme(value);
  if (scheme) return { kind: "password", description: `a password hash (${scheme})`, hash: true };
  return { kind: "password", description };
}

/** `password:`, `PGPASSWORD=`, `plain_text_passwd:`...: a key ending in password/passwd/passphrase. */
const PASSWORD_KEY =
  /(?:^|[^A-Za-z0-9])([A-Za-z0-9_.-]*(?:password|passwd|passphrase))["']?\s*(?::(?=\s|$)|=)\s*(.*)$/i;
/** Keys named like password fields that hold none: cloud-init switches, the sudoers NOPASSWD tag. */
const NOT_PASSWORD_KEYS = /^(?:lock_passwd|chpasswd|nopasswd)$/i;
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'<>]+:([^\s/@"'<>]+)@/i;
const SHELL_PASSWORD = [
  /\becho\s+(?:-[ne]+\s+)?["']?[\w.-]+:([^\s"'|]+)["']?\s*\|\s*(?:sudo\s+)?chpasswd\b/,
  /\b(?:usermod|useradd)\b[^;|&]*\s(?:-p|--password)(?:=|\s+)["']?([^\s"']+)/,
  /--(?:password|passwd)(?:=|\s+)["']?([^\s"']+)/,
];

export const PASSWORD_DETECTORS: readonly Detector[] = [
  (line) => {
    const match = PASSWORD_KEY.exec(line);
    if (!match || NOT_PASSWORD_KEYS.test(match[1])) return undefined;
    return passwordMatch(match[2], "a clear-text password");
  },
  (line) => {
    const value = URL_CREDENTIALS.exec(line)?.[1];
    return value === undefined ? undefined : passwordMatch(value, "a password in a URL (user:password@host)");
  },
  (line) => {
    for (const pattern of SHELL_PASSWORD) {
      const value = pattern.exec(line)?.[1];
      if (value !== undefined) return passwordMatch(value, "a password in a shell command");
    }
    return undefined;
  },
];
