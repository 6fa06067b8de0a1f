// Issue 13 item 4: YAML tricks are refused, not emptied.
import { parseCloudInit } from "../../src/core/cloud-init";
import { validateDefinitions } from "../../src/core/validation/validate-definition";
import { parseManifests } from "../../src/yaml";
import { aliasFloodYaml } from "../../bench/fleet";

const disk = (specLines: string, metadataLines = "") =>
  `apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: data\n${metadataLines}spec:\n${specLines}`;

describe("YAML tags where a spec value is expected", () => {
  test.each([
    ["  storage: !!binary MTBHaQ==\n", "!!binary", "spec.storage"],
    ["  storage: !!timestamp 2001-12-14\n", "!!timestamp", "spec.storage"],
    ["  storage: 1Gi\n  source: !!omap [ {http: {url: 'https://x.example/a.img'}} ]\n", "!!omap", "spec.source"],
    ["  storage: 1Gi\n  optical: !foo true\n", "!foo", "spec.optical"],
    ["  storage: 1Gi\n  storageClass: !!python/object:os.system {}\n", "!!python/object:os.system", "spec.storageClass"],
    ["  storage: 1Gi\n  source:\n    http:\n      url: !!binary aHR0cHM6Ly94\n", "!!binary", "spec.source.http.url"],
  ])("%j is refused with the tag, the field, its line and what is allowed", (spec, tag, path) => {
    const text = disk(spec);
    const set = parseManifests(text, "tags.yaml");
    expect(set.resources).toEqual([]); // never read as an empty object or a changed value
    expect(set.findings).toHaveLength(1);
    const [f] = set.findings;
    expect(f).toMatchObject({ severity: "error", code: "yaml-tag", path, allowed: expect.stringContaining("plain strings, numbers") });
    expect(f.message).toContain(`YAML tag ${tag} at ${path} is not allowed`);
    const line = text.split("\n").findIndex((l) => l.includes(tag.replace(/:.*/, ""))) + 1;
    expect(f.source).toMatchObject({ file: "tags.yaml", line });
  });

  test("!!set labels are refused, not read as no labels", () => {
    const set = parseManifests(disk("  storage: 1Gi\n", "  labels: !!set {a, b}\n"), "set.yaml");
    expect(set.findings.map((f) => [f.path, f.code])).toEqual([["metadata.labels", "yaml-tag"]]);
  });

  test("tags that restate a plain value are fine", () => {
    const set = parseManifests(disk("  storage: !!str 1Gi\n  optical: !!bool false\n"), "plain.yaml");
    expect(set.findings).toEqual([]);
    expect(set.resources[0].definition.spec).toEqual({ storage: "1Gi", optical: false });
  });

  test("in JSON too (JSON is read as YAML)", () => {
    const set = parseManifests('{"apiVersion": "apps.cozystack.io/v1alpha1", "kind": "VMDisk", "metadata": {"name": "d"}, "spec": {"storage": !!binary "MTBHaQ=="}}', "d.json");
    expect(set.findings.map((f) => f.code)).toEqual(["yaml-tag"]);
  });

  test("cloud-init: an unknown tag is an error (cloud-init's safe loader rejects it); !!binary is cloud-init's own", () => {
    const bad = parseCloudInit("#cloud-config\nruncmd: !!python/object/apply:os.system [id]\n");
    expect(bad).toMatchObject({ ok: false });
    const fine = parseCloudInit("#cloud-config\nwrite_files:\n  - path: /x\n    content: !!binary aGk=\n");
    expect(fine).toMatchObject({ ok: true });
  });
});

describe("anchor flood", () => {
  test("50,000 anchors each aliased once are refused with the limit, in linear time", () => {
    const time = (anchors: number) => {
      const text = aliasFloodYaml(anchors);
      const start = process.hrtime.bigint();
      const set = parseManifests(text, "flood.yaml");
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      return { set, ms };
    };
    time(2000); // warm up
    const small = time(25000);
    const large = time(50000);
    expect(large.set.findings.map((f) => f.code)).toEqual(["yaml-aliases"]);
    expect(large.set.findings[0].message).toMatch(/more than 1000 aliases/);
    expect(validateDefinitions(large.set.resources.map((r) => r.definition))).toEqual([]);
    // Linear: twice the anchors, about twice the time (quadratic would be about four times).
    expect(large.ms).toBeLessThan(small.ms * 3.2 + 50);
    expect(large.ms).toBeLessThan(20000);
  });
});
