import { renderManifest } from "../../src/core/render/render-manifest";
import { parseManifests, stringifyManifests } from "../../src/yaml";
import { disk, ED25519_KEY, instance } from "../helpers/definitions";

const manifests = [
  renderManifest(disk({ source: { image: { name: "ubuntu-2404" } }, storage: "20480Mi" }, "web-system")),
  renderManifest(
    instance({
      disks: ["web-system"],
      running: false,
      sshKeys: [ED25519_KEY],
      cloudInit: "#cloud-config\nruncmd:\n  - echo ${HOME} 'quoted' \"double\"\n",
    }),
  ),
];

test("manifests round-trip through YAML, one document each", () => {
  const text = stringifyManifests(manifests);
  expect(text.split(/^---$/m)).toHaveLength(2);
  const set = parseManifests(text, "out.yaml");
  expect(set.findings).toEqual([]);
  expect(set.resources.map((r) => ({ apiVersion: r.definition.apiVersion, kind: r.definition.kind, metadata: r.definition.metadata, spec: r.definition.spec }))).toEqual(manifests);
});

test("normalised: canonical quantities, runStrategy, disks as objects, cloud-init as a literal block, keys never folded", () => {
  const text = stringifyManifests(manifests);
  expect(text).toContain("storage: 20Gi");
  expect(text).toContain("runStrategy: Halted");
  expect(text).toContain("- name: web-system");
  expect(text).toContain("cloudInit: |\n    #cloud-config\n    runcmd:\n");
  expect(text).toContain(`- ${ED25519_KEY}\n`);
});

test("same manifests, same bytes", () => {
  expect(stringifyManifests(manifests)).toBe(stringifyManifests(JSON.parse(JSON.stringify(manifests))));
});
