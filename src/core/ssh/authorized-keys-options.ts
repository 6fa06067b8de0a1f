import { closestMatch } from "../suggest/did-you-mean";

/** authorized_keys options that take a `="value"` (sshd(8), AUTHORIZED_KEYS FILE FORMAT). */
const VALUE_OPTIONS = [
  "command",
  "environment",
  "expiry-time",
  "from",
  "permitlisten",
  "permitopen",
  "principals",
  "tunnel",
];

const FLAG_OPTIONS = [
  "agent-forwarding",
  "cert-authority",
  "no-agent-forwarding",
  "no-port-forwarding",
  "no-pty",
  "no-user-rc",
  "no-x11-forwarding",
  "port-forwarding",
  "pty",
  "no-touch-required",
  "verify-required",
  "restrict",
  "user-rc",
  "x11-forwarding",
];

export type OptionsSplit =
  | { ok: true; options: string[]; rest: string }
  | { ok: false; message: string };

/** True when a line's first word can only be an options prefix, not a key type. */
export function startsWithOptions(firstWord: string): boolean {
  return /[=,"]/.test(firstWord) || FLAG_OPTIONS.includes(firstWord.toLowerCase());
}

/**
 * Splits `opt1,opt2="a b" ssh-ed25519 AAAA...` into its options and the key part.
 * Options end at the first whitespace outside double quotes; `\"` escapes a quote.
 */
export function splitOptionsPrefix(line: string): OptionsSplit {
  const end = endOfOptions(line);
  if (end === undefined) return { ok: false, message: "the key options have an unterminated double quote" };
  const options = splitOnCommas(line.slice(0, end));
  for (const option of options) {
    const problem = optionProblem(option);
    if (problem) return { ok: false, message: problem };
  }
  return { ok: true, options, rest: line.slice(end).trim() };
}

function endOfOptions(line: string): number | undefined {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === "\\" && line[i + 1] === '"') i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && /\s/.test(ch)) return i;
  }
  return quoted ? undefined : line.length;
}

function splitOnCommas(prefix: string): string[] {
  const options: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix[i];
    if (quoted && ch === "\\" && prefix[i + 1] === '"') i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") {
      options.push(prefix.slice(start, i));
      start = i + 1;
    }
  }
  options.push(prefix.slice(start));
  return options;
}

/** sshd refuses the whole line on an unknown or malformed option, so we do too. */
function optionProblem(option: string): string | undefined {
  const match = /^([A-Za-z0-9-]+)(=(.*))?$/s.exec(option);
  if (!match) return "the key options are malformed (expected name or name=\"value\", separated by commas)";
  const name = match[1].toLowerCase();
  const value = match[3];
  if (VALUE_OPTIONS.includes(name)) {
    if (value === undefined) return `the key option ${name} needs a value: ${name}="..."`;
    if (!/^".*"$/s.test(value)) return `the value of key option ${name} must be in double quotes`;
    return undefined;
  }
  if (FLAG_OPTIONS.includes(name)) {
    return value === undefined ? undefined : `the key option ${name} takes no value`;
  }
  return unknownOptionMessage(match[1]);
}

/** Quotes the option only when it is a typo of a real one: otherwise it might be anything. */
function unknownOptionMessage(option: string): string {
  const suggestion = closestMatch(option, [...VALUE_OPTIONS, ...FLAG_OPTIONS]);
  return suggestion
    ? `unknown key option "${option}" (did you mean "${suggestion}"?)`
    : "the line starts with an unknown key option; expected options such as from=\"...\" or no-pty, or a key type";
}
