// Issue 16 "Messages": over generated invalid inputs, no message carries the marks of a glued or
// broken sentence: `undefined`, `[object Object]`, `null null`, a doubled phrase, `""` as a name,
// or a did-you-mean of a fix the message already names.
import fc from "fast-check";
import type { Finding } from "../../src/core/findings/finding";
import { formatFinding } from "../../src/core/findings/finding";
import { validateDefinitions } from "../../src/core/validation/validate-definition";
import { evaluatePolicies } from "../../src/policy";
import { fullMessage } from "../../src/report/report-input";
import { parseManifests, stringifyManifests } from "../../src/yaml";
import { arbitraryDefinition } from "../helpers/arbitrary-definitions";
import { fuzzSettings } from "../fuzz/harness";

/** What is wrong with one printed message, or undefined. */
export function wordingProblem(text: string, f: Finding): string | undefined {
  // User values are quoted; judge only our own words around them.
  const ours = text.replace(/"(?:[^"\\]|\\.)*"/g, "«v»");
  if (/\bundefined\b/.test(ours)) return "undefined";
  if (/\[object \w+\]/.test(text)) return "[object ...]";
  if (/\bnull null\b/.test(ours)) return "null null";
  const doubled = /\b([a-z]+(?: [a-z]+)?) \1\b/i.exec(ours);
  if (doubled && doubled[1] !== "«v»") return `doubled "${doubled[0]}"`;
  if (/(?:namespace|named|field|kind|type|class|image|profile|option) ""/.test(text)) return 'empty quotes "" as a name';
  if (/""[^"]+""/.test(text)) return "doubled quotes";
  const asked = /\(did you mean "([^"]*)"\?\)/.exec(text);
  if (asked && (asked[1] === "" || namesAsWord(f.message, asked[1]))) return `did-you-mean of what the message names: ${asked[1]}`;
  return undefined;
}

/** `fix` appears in `message` as a whole word (not inside another word). */
function namesAsWord(message: string, fix: string): boolean {
  const escaped = fix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}_/-])${escaped}($|[^\\p{L}\\p{N}_/-])`, "u").test(message);
}

const noisyDefinitions = fc.array(
  fc.tuple(arbitraryDefinition("noisy"), fc.constantFrom(undefined, "", "tenant-a"), fc.constantFrom<unknown>(undefined, null, { app: { x: 1 } }, { tier: 5 }, { "": "x" }, [1])),
  { minLength: 1, maxLength: 4 },
).map((items) =>
  items.map(([def, namespace, labels]) => ({
    ...def,
    metadata: { name: def.metadata.name, ...(namespace !== undefined && { namespace }), ...(labels !== undefined && { labels }) } as typeof def.metadata,
    spec: withHostileKeys(def.spec),
  })),
);

/** The spec with own keys "__proto__" and "constructor" (defineProperty: `=` or a spread may set the prototype). */
function withHostileKeys(spec: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const own = spec && typeof spec === "object" && !Array.isArray(spec) ? Object.entries(spec) : [["value", spec]];
  for (const [key, value] of [["__proto__", 1], ["constructor", {}], ...own] as [string, unknown][]) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

describe("message wording over generated invalid inputs", () => {
  const { seed, numRuns } = fuzzSettings(150);

  test("validation and policy findings, as every formatter prints them", () => {
    fc.assert(
      fc.property(noisyDefinitions, fc.constantFrom("development", "production") as fc.Arbitrary<"development" | "production">, (defs, environment) => {
        const findings = [...validateDefinitions(defs), ...evaluatePolicies(defs, { environment }).findings];
        // __proto__ and constructor are unknown fields of every spec: never dropped unseen.
        expect(findings.filter((f) => f.code === "unknown-field" && /"(__proto__|constructor)"/.test(f.message)).length).toBeGreaterThanOrEqual(2 * defs.length);
        for (const f of findings) {
          for (const text of [formatFinding(f), fullMessage(f)]) {
            const problem = wordingProblem(text, f);
            if (problem) throw new Error(`${problem}: ${text}`);
          }
        }
      }),
      { seed, numRuns },
    );
  });

  test("findings of the same definitions read back from YAML", () => {
    fc.assert(
      fc.property(noisyDefinitions, (defs) => {
        const text = stringifyManifests(defs.map((d) => ({ apiVersion: "apps.cozystack.io/v1alpha1", ...d })) as never);
        const set = parseManifests(text, "generated.yaml");
        for (const f of [...set.findings, ...validateDefinitions(set.resources.map((r) => r.definition))]) {
          const problem = wordingProblem(formatFinding(f), f);
          if (problem) throw new Error(`${problem}: ${formatFinding(f)}`);
        }
      }),
      { seed, numRuns: Math.ceil(numRuns / 3) },
    );
  });

  test("the checker itself catches each message of issue 16", () => {
    const f = (message: string, suggestion?: string) => ({ severity: "error", kind: "VMInstance", name: "web", path: "spec.x", message, ...(suggestion && { suggestion }) }) as Finding;
    for (const [message, suggestion] of [
      ['VMDisk "a" is not declared in namespace ""', undefined],
      ["use PortList and list the ports", "PortList"],
      ["expected a list, got null null", undefined],
      ["expected a string, got a list a list", undefined],
      ["expected a string, got an object", "[object Object]"],
      ['unknown field "__proto__": undefined', undefined],
    ] as const) {
      const finding = f(message, suggestion);
      expect(wordingProblem(formatFinding(finding) + (suggestion === "PortList" ? ' (did you mean "PortList"?)' : ""), finding)).toBeDefined();
    }
  });
});
