import { looksLikePrivateKey } from "../ssh/private-key";
import { DSA_KEY_TYPES, SSH_KEY_TYPES } from "../ssh/ssh-key-types";
import { escapeRegExp } from "../text/escape-regexp";
import {
  CLOUD_CREDENTIAL_DETECTORS,
  PASSWORD_DETECTORS,
  TOKEN_DETECTORS,
  passwordMatch,
  type SecretKind,
  type SecretMatch,
} from "./secret-patterns";

/** A secret in cloudInit: the whole string is stored in Terraform state (and the VM's Secret). */
export interface SecretHit {
  /** 1-based line in the cloudInit string. */
  readonly line: number;
  readonly kind: SecretKind;
  /** Names the kind and the line, never the value. */
  readonly message: string;
}

const DETECTORS = [...CLOUD_CREDENTIAL_DETECTORS, ...TOKEN_DETECTORS, ...PASSWORD_DETECTORS];

/** Public keys (ssh_authorized_keys) are not secrets: removed before matching, so their bodies never match. */
const PUBLIC_KEY = new RegExp(
  `(?:${[...SSH_KEY_TYPES, ...DSA_KEY_TYPES].map(escapeRegExp).join("|")})\\s+AAAA[A-Za-z0-9+/]+={0,2}`,
  "g",
);

/** Armour that opens a multi-line private key; its body is skipped up to the END line. */
const PRIVATE_KEY_BEGIN = /BEGIN [A-Z0-9 ]*PRIVATE KEY|PuTTY-User-Key-File/;
const PRIVATE_KEY_END = /-{4,5}\s*END [A-Z0-9 ]*PRIVATE KEY|^\s*Private-MAC:/;
/** base64 lines and the headers of PEM (RFC 1421) and PuTTY files. */
const PRIVATE_KEY_BODY =
  /^\s*(?:[A-Za-z0-9+/]*={0,2}|(?:Proc-Type|DEK-Info|Encryption|Comment|Public-Lines|Private-Lines|Key-Derivation|Argon2-\w+):.*)\s*$/;

/**
 * Secrets in cloud-init user data of any format (cloud-config, scripts, MIME parts), line by
 * line, at most one per line. Placeholders such as `${VAR}` or `{{ var }}` are not reported.
 */
export function findSecrets(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  const chpasswd = new ChpasswdBlock();
  let inPrivateKey = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    // A key body is skipped (its base64 could look like anything) as long as it looks like one.
    if (inPrivateKey && (PRIVATE_KEY_END.test(raw) || PRIVATE_KEY_BODY.test(raw))) {
      inPrivateKey = !PRIVATE_KEY_END.test(raw);
      return;
    }
    inPrivateKey = false;
    const match = matchLine(raw, chpasswd.match(raw));
    if (!match) return;
    hits.push(hit(index + 1, match));
    inPrivateKey = match.kind === "private-key" && PRIVATE_KEY_BEGIN.test(raw) && !PRIVATE_KEY_END.test(raw);
  });
  return hits;
}

/** Most specific first: a private key, then credentials, tokens, passwords. */
function matchLine(raw: string, chpasswdEntry: SecretMatch | undefined): SecretMatch | undefined {
  if (looksLikePrivateKey(raw)) return { kind: "private-key", description: "a private key" };
  return detect(raw.replace(PUBLIC_KEY, "")) ?? chpasswdEntry;
}

function detect(line: string): SecretMatch | undefined {
  for (const detector of DETECTORS) {
    const match = detector(line);
    if (match) return match;
  }
  return undefined;
}

function hit(line: number, match: SecretMatch): SecretHit {
  return { line, kind: match.kind, message: messageFor(line, match) };
}

function messageFor(line: number, match: SecretMatch): string {
  const where = `line ${line}: ${match.description} in cloudInit`;
  if (match.hash) return `${where}; it would be stored in Terraform state, where the hash can be cracked offline`;
  switch (match.kind) {
    case "private-key":
      return `${where}; it would be stored in Terraform state: never put private keys in cloud-init`;
    case "password":
      return `${where}; it would be stored in Terraform state: use SSH keys instead of passwords`;
    case "token":
    case "cloud-credential":
      return `${where}; it would be stored in Terraform state: fetch it on the VM from a secret store instead`;
  }
}

/**
 * `user:password` lines of a `chpasswd:` block (its deprecated `list`), which have no key of
 * their own: tracked by indentation, since the block ends at the first line indented no deeper.
 */
class ChpasswdBlock {
  private indent: number | undefined;

  match(line: string): SecretMatch | undefined {
    if (line.trim() === "") return undefined;
    const indent = line.length - line.trimStart().length;
    if (this.indent !== undefined && indent <= this.indent) this.indent = undefined;
    if (/^\s*chpasswd:\s*(?:#.*)?$/.test(line)) {
      this.indent = indent;
      return undefined;
    }
    if (this.indent === undefined) return undefined;
    const entry = /^\s*(?:-\s+)?["']?[A-Za-z_][\w.-]*:(?!\s)([^\s"']+)["']?\s*$/.exec(line);
    return entry ? passwordMatch(entry[1], "a clear-text password (chpasswd list)") : undefined;
  }
}
