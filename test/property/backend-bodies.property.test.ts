import fc from "fast-check";
import { parse } from "yaml";
import { renderManifest } from "../../src/core/render/render-manifest";
import { resourceBody } from "../../src/terraform/resource-body";
import { arbitraryDefinition } from "../helpers/arbitrary-definitions";

const settings = { seed: Number(process.env.FC_SEED ?? 20261201), numRuns: Number(process.env.FC_RUNS ?? 300) };

const unescape = (text: string) => text.replace(/([$%])\1\{/g, "$1{");
const unescapeAll = (value: unknown) => JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === "string" ? unescape(v) : v));

// Any string the fuzzer likes, spliced into the cloud-init and a label: templates, YAML syntax, unicode, CRLF.
const hostileText = fc.stringMatching(/^[ -~\u00e9\u2713\t\r\n${}%#:"'|>-]{0,60}$/);

test("the kubectl yaml_body and the kubernetes manifest carry the same object, for any definition", () => {
  fc.assert(
    fc.property(arbitraryDefinition("valid"), hostileText, (def, text) => {
      const spec = def.kind === "VMInstance" ? { ...def.spec, cloudInit: `#cloud-config\n# ${text}\n` } : def.spec;
      const manifest = renderManifest({ ...def, metadata: { ...def.metadata, namespace: "ns", labels: { note: text } }, spec });
      const kubernetes = resourceBody("kubernetes", manifest, {});
      const kubectl = resourceBody("kubectl", manifest, {});
      expect(unescapeAll(kubernetes.manifest)).toEqual(manifest);
      expect(parse(unescape(kubectl.yaml_body as string))).toEqual(manifest);
      expect(kubectl.yaml_body).not.toMatch(/(?<![$%])[$%]\{/);
    }),
    settings,
  );
});
