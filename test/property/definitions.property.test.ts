import fc from "fast-check";
import { renderManifest } from "../../src/core/render/render-manifest";
import { validateDefinition } from "../../src/core/validation/validate-definition";
import { arbitraryDefinition } from "../helpers/arbitrary-definitions";

// A fixed seed keeps CI reproducible; FC_RUNS / FC_SEED widen or vary the search locally.
const settings = { seed: Number(process.env.FC_SEED ?? 20261124), numRuns: Number(process.env.FC_RUNS ?? 300) };

const errorsOf = (def: Parameters<typeof validateDefinition>[0]) => validateDefinition(def).filter((f) => f.severity === "error");

test("a definition of valid values gets no error, renders, and its rendering is a fixpoint", () => {
  fc.assert(
    fc.property(arbitraryDefinition("valid"), (def) => {
      expect(errorsOf(def)).toEqual([]);
      const manifest = renderManifest(def);
      const again = { kind: def.kind, metadata: manifest.metadata, spec: manifest.spec };
      expect(errorsOf(again)).toEqual([]);
      expect(renderManifest(again)).toEqual(manifest);
    }),
    settings,
  );
});

test("a random definition either renders or gets a validation error, never an exception", () => {
  let valid = 0;
  let invalid = 0;
  fc.assert(
    fc.property(arbitraryDefinition("noisy"), (def) => {
      const errors = errorsOf(def);
      if (errors.length > 0) {
        invalid++;
        for (const e of errors) expect(e.message.length).toBeGreaterThan(0);
        return;
      }
      valid++;
      expect(() => JSON.stringify(renderManifest(def))).not.toThrow();
    }),
    settings,
  );
  // Both outcomes must be exercised, or the property says little.
  expect(valid).toBeGreaterThan(0);
  expect(invalid).toBeGreaterThan(settings.numRuns / 2);
});
