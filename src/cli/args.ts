import { closestMatch } from "../core/suggest/did-you-mean";
import { suggestOption } from "./suggest-option";
import { UsageError } from "./command";

/** An option a command takes: a flag (`--debug`) or a value (`--out DIR`, `--out=DIR`). */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** The values allowed, for `--format text|json`; a typo gets a suggestion. */
  readonly values?: readonly string[];
}

export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * The small option parser every command shares: long options only, `--` ends options, `-`
 * alone is a positional (standard input). Mistakes are UsageErrors (exit 2) with a suggestion.
 */
export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  // No prototype: an option named "__proto__" or "constructor" is a key like any other.
  const options: Record<string, string | boolean | undefined> = Object.create(null);
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg} (options are long, e.g. --format)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    // Own options only: `--constructor` or `--toString` must not find Object.prototype's members.
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      const suggestion = suggestOption(name, Object.keys(specs));
      throw new UsageError(`unknown option --${name}${suggestion ? ` (did you mean --${suggestion}?)` : ""}`);
    }
    if (spec.type === "boolean") {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq === -1 && value.startsWith("--"))) throw new UsageError(`--${name} needs a value`);
    if (spec.values && !spec.values.includes(value)) {
      const suggestion = suggestValue(value, spec.values);
      throw new UsageError(`--${name} ${JSON.stringify(value)} is not one of ${spec.values.join(", ")}${suggestion ? ` (did you mean ${suggestion}?)` : ""}`);
    }
    options[name] = value;
  }
  return { options, positionals };
}

/** The closest allowed value, or the only one `value` abbreviates (`prod` -> `production`). */
function suggestValue(value: string, allowed: readonly string[]): string | undefined {
  const prefixed = allowed.filter((a) => value.length > 0 && a.toLowerCase().startsWith(value.toLowerCase()));
  return prefixed.length === 1 ? prefixed[0] : closestMatch(value, allowed);
}

/** A string option's value, or `fallback`. */
export function stringOption(args: ParsedArgs, name: string, fallback: string): string;
export function stringOption(args: ParsedArgs, name: string): string | undefined;
export function stringOption(args: ParsedArgs, name: string, fallback?: string): string | undefined {
  const value = args.options[name];
  return typeof value === "string" ? value : fallback;
}
