import { writeFileSync } from "fs";
import { join } from "path";
import { renderManifest } from "../../src/core/render/render-manifest";
import { validateDefinitions } from "../../src/core/validation/validate-definition";
import { toManifestsModuleInputs } from "../../src/generate/hcl/module-inputs";
import { terraform, terraformTest } from "../helpers/terraform";
import { loadCorpus, manifestsModuleRoot } from "./corpus";

const corpus = loadCorpus();

test("the corpus is valid for the TypeScript library (so the comparison means something)", () => {
  for (const c of corpus) expect({ id: c.id, errors: validateDefinitions(c.definitions).filter((f) => f.severity === "error") }).toEqual({ id: c.id, errors: [] });
});

/** One root module calling modules/manifests once per corpus file: one init, one apply, one output. */
function corpusRoot(): string {
  return manifestsModuleRoot("hikube-corpus-", corpus, { manifests: { value: Object.fromEntries(corpus.map((c) => [c.id, `\${module.c_${c.id}.manifests}`])) } });
}

terraformTest(
  "modules/manifests renders every corpus definition exactly as renderManifest does; HK002 fails a production plan",
  () => {
    const dir = corpusRoot();
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    const outputs = JSON.parse(terraform(dir, "output", "-json", "manifests")) as Record<string, Record<string, unknown>>;

    for (const c of corpus) {
      const expected = Object.fromEntries(c.definitions.map((d) => [`${d.kind}/${d.metadata.name}`, renderManifest(d)]));
      // Field for field: toEqual compares every key and value (key order aside, which JSON objects do not carry).
      expect({ id: c.id, manifests: outputs[c.id] }).toEqual({ id: c.id, manifests: expected });
    }

    // The same root, one case replaced by a production VM with a single disk.
    const single = corpus[0].definitions.filter((d) => d.kind === "VMDisk").slice(0, 1);
    const vm = { kind: "VMInstance" as const, metadata: { name: "lonely", namespace: single[0].metadata.namespace }, spec: { disks: [single[0].metadata.name] } };
    writeFileSync(join(dir, "hk002.tfvars.json"), JSON.stringify({ [`c_${corpus[0].id}`]: { environment: "production", ...toManifestsModuleInputs([...single, vm]) } }));
    let error = "";
    try {
      terraform(dir, "plan", "-input=false", "-no-color", "-var-file=hk002.tfvars.json");
    } catch (e) {
      error = (e as Error).message.replace(/\s+/g, " "); // terraform wraps long messages
    }
    expect(error).toMatch(/HK002\b.*: VMInstance lonely has fewer than two non-optical disks/);
  },
  180_000,
);
