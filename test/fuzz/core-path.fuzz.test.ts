import fc from "fast-check";
import { definitionKey, type ResourceDefinition } from "../../src/core/definition/resource-definition";
import { renderManifest } from "../../src/core/render/render-manifest";
import { validateDefinition, validateDefinitions } from "../../src/core/validation/validate-definition";
import { arbitraryDefinition } from "../helpers/arbitrary-definitions";
import { captureOutput, errorsIn, expectedManifest, expectWellFormed, fuzzSettings, fuzzTimeout, mutate, mutation, STACK_TRACE, synthesizeDefinitions } from "./harness";

// The core path a definition takes: validate -> render -> synthesise through the constructs.
// Whatever the input, validation returns findings (never throws, never prints), and every
// definition it accepts renders and synthesises to exactly its rendering.

/** Validates, renders and synthesises a set; returns how many were accepted. */
function checkSet(defs: readonly ResourceDefinition[]): { accepted: number; rejected: number } {
  const { result, printed } = captureOutput(() => {
    const accepted: ResourceDefinition[] = [];
    const keys = new Set<string>();
    let rejected = 0;
    for (const def of defs) {
      const findings = validateDefinition(def);
      expectWellFormed(findings);
      if (errorsIn(findings).length > 0) {
        rejected++;
        continue;
      }
      const manifest = renderManifest(def);
      expect(() => JSON.stringify(manifest)).not.toThrow();
      if (keys.has(definitionKey(def))) continue; // the set declares it twice: a different property
      keys.add(definitionKey(def));
      accepted.push(def);
    }
    expectWellFormed(validateDefinitions(defs));
    if (accepted.length > 0) {
      const synthesized = synthesizeDefinitions(accepted);
      for (const def of accepted) {
        const expected = expectedManifest(def);
        expect(synthesized[expected.name]).toEqual(expected.manifest);
      }
      expect(Object.keys(synthesized)).toHaveLength(accepted.length);
    }
    return { accepted: accepted.length, rejected };
  });
  expect(printed).not.toMatch(STACK_TRACE);
  return result;
}

const RUNS = 60;

test(
  "random definitions: findings or a synthesised manifest equal to the rendering, never an exception",
  () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(arbitraryDefinition("noisy"), { minLength: 1, maxLength: 6 }), (defs) => {
        const r = checkSet(defs);
        accepted += r.accepted;
        rejected += r.rejected;
      }),
      fuzzSettings(RUNS),
    );
    // Both outcomes exercised, or the property proves little.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  },
  fuzzTimeout(RUNS, 150),
);

test(
  "valid definitions are all accepted and synthesise",
  () => {
    fc.assert(
      fc.property(fc.array(arbitraryDefinition("valid"), { minLength: 1, maxLength: 6 }), (defs) => {
        const unique = defs.map((d, i) => ({ ...d, metadata: { ...d.metadata, name: `${d.metadata.name}-${i}` } }));
        expect(checkSet(unique)).toEqual({ accepted: unique.length, rejected: 0 });
      }),
      fuzzSettings(RUNS),
    );
  },
  fuzzTimeout(RUNS, 150),
);

test(
  "mutated valid definitions: findings or a synthesised manifest, never an exception",
  () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(arbitraryDefinition("valid"), fc.array(mutation, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 5 }), (cases) => {
        const r = checkSet(cases.map(([def, mutations]) => mutate(def, mutations)));
        accepted += r.accepted;
        rejected += r.rejected;
      }),
      fuzzSettings(RUNS * 2),
    );
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  },
  fuzzTimeout(RUNS * 2, 150),
);

test("definitions that are not even objects: findings, never an exception", () => {
  const odd: unknown[] = [
    {},
    { kind: "VMDisk" },
    { kind: "VMDisk", metadata: null, spec: null },
    { kind: "VMInstance", metadata: { name: 42 }, spec: [] },
    { kind: "VMInstance", metadata: { name: "a" }, spec: "junk" },
    { kind: ["VMDisk"], metadata: { name: "a" } },
    { kind: "VMDisk", metadata: "a", spec: { storage: { "20Gi": true } } },
    { kind: "VMDisk", metadata: { name: "a", labels: [] , annotations: "x" }, spec: {} },
    { kind: "VMInstance", apiVersion: 1, metadata: { name: "a", namespace: {} }, spec: { disks: "a" } },
    JSON.parse('{"kind":"VMDisk","metadata":{"name":"a","__proto__":{"namespace":"x"}},"spec":{"__proto__":{"storage":"1Gi"}}}'),
  ];
  for (const def of odd) {
    const { result, printed } = captureOutput(() => validateDefinition(def as ResourceDefinition));
    expect(errorsIn(result).length).toBeGreaterThan(0);
    expectWellFormed(result);
    expect(printed).toBe("");
  }
});
