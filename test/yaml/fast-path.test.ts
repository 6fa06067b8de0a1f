import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { aliasFloodYaml, fleetYaml } from "../../bench/fleet";
import { validateDefinitions } from "../../src/core/validation/validate-definition";
import { evaluatePolicies } from "../../src/policy";
import { locateFindings, locatePath, parseManifests, type LoadedResource, type ManifestSet } from "../../src/yaml";
import { LazyManifestDocument } from "../../src/yaml/manifest-document";
import { parseWithTrees } from "../../src/yaml/read-manifests";

// The fast path (no syntax trees until a position is asked for) must read every file exactly as
// the yaml package does: same resources, same findings, same positions for every path.

const CORPUS = join(__dirname, "..", "corpus");
const corpusFiles = ["valid", "broken"].flatMap((dir) => readdirSync(join(CORPUS, dir)).map((f) => join(CORPUS, dir, f)));

/** Every path of a value, as findings name them (`spec.disks[0].name`). */
function pathsOf(value: unknown, at = ""): string[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => pathsOf(v, `${at}[${i}]`))];
  if (value && typeof value === "object") return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, at ? `${at}.${k}` : k))];
  return [at];
}

/** Everything a command sees of a set: resources, findings of reading, validation and policies, located. */
function observed(set: ManifestSet) {
  const definitions = set.resources.map((r) => r.definition);
  const checked = locateFindings([...validateDefinitions(definitions), ...evaluatePolicies(definitions, { environment: "production" }).findings], set.resources);
  const positions = set.resources.map((r: LoadedResource) =>
    pathsOf({ spec: r.definition.spec, metadata: r.definition.metadata }).flatMap((p) => [locatePath(r.origin, p), locatePath(r.origin, p, true), locatePath(r.origin, `${p}.missing`)]),
  );
  return { definitions, findings: set.findings, checked, positions };
}

function expectSameReading(text: string, file: string): boolean {
  const fast = parseManifests(text, file);
  const slow = parseWithTrees(text.replace(/^\uFEFF/, ""), file, {});
  const usedFastPath = fast.resources.some((r) => r.origin instanceof LazyManifestDocument);
  expect(observed(fast)).toEqual(observed(slow));
  return usedFastPath;
}

describe("reading manifests without syntax trees", () => {
  test("a fleet file takes the fast path and reads exactly as with the yaml package", () => {
    expect(expectSameReading(fleetYaml(60), "fleet.yaml")).toBe(true);
  });

  test("a syntax tree is built only when a position inside a document is asked for", () => {
    const text = fleetYaml(6);
    const lines = text.split("\n");
    const set = parseManifests(text, "fleet.yaml");
    const origin = set.resources[0].origin as LazyManifestDocument;
    const tree = jest.spyOn(origin, "tree");
    expect(set.resources[0].definition.source).toEqual({ file: "fleet.yaml", line: 1, column: 1 });
    expect(set.resources[1].definition.source).toEqual({ file: "fleet.yaml", line: lines.indexOf("---") + 2, column: 1 });
    expect(tree).not.toHaveBeenCalled();
    expect(locatePath(origin, "spec.storage")).toEqual({ file: "fleet.yaml", line: lines.indexOf("  storage: 20Gi") + 1, column: 12 });
    expect(tree).toHaveBeenCalled();
  });

  test.each(corpusFiles.map((f) => [f.slice(CORPUS.length + 1), f]))("%s reads the same either way", (_name, path) => {
    expectSameReading(readFileSync(path, "utf8"), path);
  });

  test("an alias flood is refused the same way (the yaml package's path)", () => {
    expect(expectSameReading(aliasFloodYaml(1500), "flood.yaml")).toBe(false);
  });

  test("random edits of a fleet file read the same either way", () => {
    const base = fleetYaml(4);
    const edits = fc.array(fc.tuple(fc.nat(base.length), fc.nat(3), fc.constantFrom(" ", "\n", "#", ":", "-", "'", '"', "[", "]", "{}", "x", "---\n", "|", "  ", "&a ", "*a", "\t")), { minLength: 1, maxLength: 3 });
    let fastOnes = 0;
    fc.assert(
      fc.property(edits, (list) => {
        let text = base;
        for (const [at, cut, insert] of list) text = text.slice(0, at) + insert + text.slice(at + cut);
        if (expectSameReading(text, "edited.yaml")) fastOnes++;
      }),
      { seed: Number(process.env.FC_SEED ?? 20261201), numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
    expect(fastOnes).toBeGreaterThan(10);
  });
});
