/** A path into a parsed #cloud-config document: keys and list indices, e.g. `["users", 0, "passwd"]`. */
export type ConfigPath = readonly (string | number)[];

/** Finds the 1-based line a path starts on in the original text, when known. */
export type LineLocator = (path: ConfigPath) => number | undefined;

/** `["users", 1, "plain_text_passwd"]` → `users[1].plain_text_passwd`. */
export function formatConfigPath(path: ConfigPath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === "number") return `${text}[${segment}]`;
    return text === "" ? segment : `${text}.${segment}`;
  }, "");
}
