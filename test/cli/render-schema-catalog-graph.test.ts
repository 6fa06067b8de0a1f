import { readFileSync } from "fs";
import { join } from "path";
import { parseManifests } from "../../src/yaml";
import { CORPUS, ROOT, runCli } from "./helpers/run-cli";

const VALID = join(CORPUS, "valid");

describe("render", () => {
  test("normalised manifests: defaults explicit, shorthands expanded, server fields gone; valid input again", () => {
    const result = runCli(["render", "seed-production-vm.yaml", "seed-vm-system-disk.yaml", "kubectl-get-list.yaml", "--namespace", "tenant-demo"], { cwd: VALID });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("runStrategy: Always\n");
    expect(result.stdout).toContain("  disks:\n    - name: vm-system-disk\n");
    expect(result.stdout).not.toMatch(/running:|uid:|resourceVersion|managedFields|status:|last-applied/);
    const again = parseManifests(result.stdout, "rendered.yaml");
    expect(again.findings).toEqual([]);
    expect(again.resources.map((r) => `${r.definition.kind}/${r.definition.metadata.namespace}/${r.definition.metadata.name}`)).toEqual([
      "VMInstance/tenant-demo/vm-example",
      "VMDisk/tenant-demo/vm-system-disk",
      "VMDisk/tenant-demo/web-system",
      "VMInstance/tenant-demo/web",
    ]);
    // Rendering the rendered output changes nothing.
    expect(runCli(["render", "-"], { input: result.stdout }).stdout).toBe(result.stdout);
  });

  test("refuses broken input: exit 1, findings on stderr, nothing on stdout", () => {
    const result = runCli(["render", join(CORPUS, "broken", "bad-quantity.yaml")]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("bad-quantity.yaml:9:12: error:");
  });
});

describe("schema", () => {
  test.each([
    ["VMInstance", "vminstance"],
    ["VMDisk", "vmdisk"],
  ])("--kind %s prints the shipped schemas/%s.schema.json", (kind, file) => {
    const result = runCli(["schema", "--kind", kind]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(ROOT, "schemas", `${file}.schema.json`), "utf8"));
  });

  test("without --kind: one schema for both kinds, chosen by kind", () => {
    const schema = JSON.parse(runCli(["schema"]).stdout);
    expect(schema.if).toEqual({ properties: { kind: { const: "VMDisk" } } });
    expect(Object.keys(schema.definitions)).toEqual(["VMInstance", "VMDisk"]);
  });

  test("a wrong kind is a usage error with a suggestion", () => {
    const result = runCli(["schema", "--kind", "VMDisks"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("did you mean VMDisk?");
  });
});

describe("catalog", () => {
  test("tables of the four sections", () => {
    const result = runCli(["catalog"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Instance types \(20\)\nNAME +VCPU +MEMORY +NOTES\n/m);
    expect(result.stdout).toMatch(/^u1\.2xlarge +8 +32Gi +Universal 1:4$/m);
    expect(result.stdout).toMatch(/^proxmox-9 .* ISO installer: attach with optical: true/m);
    expect(result.stdout).toMatch(/^replicated +yes/m);
  });

  test("--catalog cozystack, --format json", () => {
    expect(runCli(["catalog", "--catalog", "cozystack"]).stdout).toMatch(/^Instance types \(69\)/m);
    expect(JSON.parse(runCli(["catalog", "--format", "json"]).stdout).instanceTypes).toHaveLength(20);
  });

  test("an unknown catalog: exit 2 and a suggestion", () => {
    const result = runCli(["catalog", "--catalog", "cozystak"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('did you mean "cozystack"?');
  });
});

describe("graph", () => {
  test("mermaid: instances, their disks in boot order, storage class, size, exposure; undeclared disks dashed", () => {
    const result = runCli(["graph", "production-stack.yaml", "seed-production-vm.yaml", "--namespace", "tenant-demo", "--external-disks", "vm-system-disk"], { cwd: VALID });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^```mermaid\nflowchart LR\n/);
    expect(result.stdout).toContain('i0("<b>VMInstance api</b><br/>u1.2xlarge<br/>external PortList 22, 443<br/>Always")');
    expect(result.stdout).toContain('d0[("<b>VMDisk api-system</b><br/>replicated 30Gi<br/>image ubuntu-2404")]');
    expect(result.stdout).toContain('i0 -->|"1 boot"| d0');
    expect(result.stdout).toContain('i0 -->|"2"| d1');
    expect(result.stdout).toContain("not declared in these files");
    expect(result.stdout).toMatch(/class d2 undeclared\n```\n$/);
  });

  test("dot", () => {
    const result = runCli(["graph", "--format", "dot", "production-stack.yaml"], { cwd: VALID });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^digraph hikube \{/);
    expect(result.stdout).toContain('i0 -> d0 [label="1 boot"];');
    expect(result.stdout).toContain('label="namespace tenant-prod"');
  });
});
