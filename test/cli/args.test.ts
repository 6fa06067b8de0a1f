// Issue 13 item 7: option names are looked up as own keys, never as Object.prototype's members.
import { parseArgs } from "../../src/cli/args";
import { UsageError } from "../../src/cli/command";

const SPECS = { format: { type: "string", values: ["text", "json"] }, debug: { type: "boolean" } } as const;

describe("parseArgs", () => {
  test.each(["constructor", "hasOwnProperty", "__proto__", "toString", "valueOf", "isPrototypeOf", "__defineGetter__"])("--%s is an unknown option", (name) => {
    for (const arg of [`--${name}`, `--${name}=x`]) {
      expect(() => parseArgs([arg], SPECS)).toThrow(UsageError);
      expect(() => parseArgs([arg], SPECS)).toThrow(`unknown option --${name}`);
    }
  });

  test("known options still parse, into a map with no inherited keys", () => {
    const args = parseArgs(["--format", "json", "--debug", "file.yaml"], SPECS);
    expect({ ...args.options }).toEqual({ format: "json", debug: true });
    expect(args.positionals).toEqual(["file.yaml"]);
    expect(args.options.constructor).toBeUndefined();
  });
});
