import { validateDefinitions } from "../../src/core/validation/validate-definition";
import { terraform, terraformTest } from "../helpers/terraform";
import { loadFailingCorpus, manifestsModuleRoot } from "./corpus";

const corpus = loadFailingCorpus();

test("the failing corpus: the library reports each case's error, at its field", () => {
  expect(corpus.length).toBeGreaterThanOrEqual(6);
  for (const c of corpus) {
    const errors = validateDefinitions(c.definitions).filter((f) => f.severity === "error");
    expect({ id: c.id, errors: errors.map((f) => `${f.kind}/${f.name} ${f.path}`) }).toEqual({ id: c.id, errors: expect.arrayContaining([`${c.error.kind}/${c.error.name} ${c.error.path}`]) });
  }
});

terraformTest(
  "the failing corpus: modules/manifests refuses each case at plan time, naming the entry and field",
  () => {
    // One root per case: output.manifests' precondition (where the entries' problems are reported)
    // names no module call, so a shared root could not tell the cases apart.
    for (const c of corpus) {
      const dir = manifestsModuleRoot("hikube-failing-", [c]);
      terraform(dir, "init", "-input=false", "-no-color");
      let output = "";
      try {
        terraform(dir, "plan", "-input=false", "-no-color");
      } catch (e) {
        output = (e as Error).message.replace(/\s+/g, " "); // terraform wraps long messages
      }
      const diagnostics = output.split(/Error: (?:Invalid value for variable|Module output value precondition failed)/).slice(1);
      expect({ id: c.id, named: diagnostics.some((d) => d.includes(`Invalid ${c.error.hcl}`)) }).toEqual({ id: c.id, named: true });
    }
  },
  300_000,
);
