// The kubectl backend's yaml_body (modules/manifests' yaml_bodies, which modules/kubectl-stack
// applies) decodes to exactly the manifest of the pure module, and so to renderManifest, for the
// shared corpus: decoded by Terraform's own yamldecode in a provider-free root, and by the `yaml`
// package (YAML 1.2) as hikube-vm diff reads a kubectl_manifest.
import { parse } from "yaml";
import { renderManifest } from "../../src/core/render/render-manifest";
import { terraform, terraformTest } from "../helpers/terraform";
import { loadCorpus, manifestsModuleRoot } from "./corpus";

const corpus = loadCorpus();

terraformTest(
  "yaml_bodies decode (Terraform yamldecode and the yaml package) to the manifests output and to renderManifest, for every corpus case",
  () => {
    const dir = manifestsModuleRoot("hikube-yaml-body-", corpus, {
      bodies: { value: Object.fromEntries(corpus.map((c) => [c.id, `\${module.c_${c.id}.yaml_bodies}`])) },
      decoded: { value: Object.fromEntries(corpus.map((c) => [c.id, `\${{ for k, y in module.c_${c.id}.yaml_bodies : k => yamldecode(y) }}`])) },
      manifests: { value: Object.fromEntries(corpus.map((c) => [c.id, `\${module.c_${c.id}.manifests}`])) },
    });
    terraform(dir, "init", "-input=false", "-no-color");
    terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color");
    const output = (name: string) => JSON.parse(terraform(dir, "output", "-json", name)) as Record<string, Record<string, unknown>>;
    const [bodies, decoded, manifests] = [output("bodies"), output("decoded"), output("manifests")];

    let documents = 0;
    for (const c of corpus) {
      const expected = Object.fromEntries(c.definitions.map((d) => [`${d.kind}/${d.metadata.name}`, renderManifest(d)]));
      const parsed = Object.fromEntries(Object.entries(bodies[c.id]).map(([k, text]) => [k, parse(text as string)]));
      expect({ id: c.id, decoded: decoded[c.id] }).toEqual({ id: c.id, decoded: manifests[c.id] });
      expect({ id: c.id, parsed }).toEqual({ id: c.id, parsed: expected });
      documents += Object.keys(parsed).length;
    }
    expect(documents).toBeGreaterThan(10);
    // Every string is quoted: no value can be read as another type by a YAML 1.1 reader (kubectl's).
    const sample = Object.values(bodies[corpus[0].id])[0] as string;
    expect(sample).toMatch(/^"apiVersion": "apps\.cozystack\.io\/v1alpha1"$/m);
  },
  180_000,
);
