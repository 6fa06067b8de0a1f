import { parseDocument } from "yaml";
import { aliasPastLimitAt, MAX_ALIASES, mayHaveTooManyAliases } from "../../../src/core/cloud-init/alias-limit";
import { parseCloudInit } from "../../../src/core/cloud-init";
import { parseManifests } from "../../../src/yaml";

/** One document whose `aliases:` list uses `count` anchors once each. */
function flood(count: number, header = ""): string {
  const lines = [header, "anchors:"];
  for (let i = 0; i < count; i++) lines.push(`  - &a${i} v${i}`);
  lines.push("aliases:");
  for (let i = 0; i < count; i++) lines.push(`  - *a${i}`);
  return lines.filter((l) => l !== "").join("\n") + "\n";
}

/** 1-based line of the alias of anchor `i` in flood(). */
const aliasLine = (count: number, i: number, headerLines = 0) => headerLines + 1 + count + 1 + i + 1;

describe("the alias cap", () => {
  test("counts aliases, not asterisks: globs and cron lines are not aliases", () => {
    const text = `runcmd:\n${'  - "chmod 600 /etc/ssh/*_key; echo \'*/5 * * * * root true\' > /etc/cron.d/x"\n'.repeat(300)}`;
    expect(mayHaveTooManyAliases(text)).toBe(true);
    expect(aliasPastLimitAt(parseDocument(text))).toBeUndefined();
  });

  test("a document at the cap is within it; one more alias is past it, at that alias", () => {
    expect(aliasPastLimitAt(parseDocument(flood(MAX_ALIASES)))).toBeUndefined();
    const text = flood(MAX_ALIASES + 1);
    const offset = aliasPastLimitAt(parseDocument(text));
    expect(offset).toBe(text.indexOf(`*a${MAX_ALIASES}\n`));
  });

  test("a manifest past the cap is one error at the first alias too many; the file's other documents are read", () => {
    const disk = "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata:\n  name: ok\n  namespace: ns\nspec:\n  storage: 10Gi\n";
    const text = `${flood(MAX_ALIASES + 5, "kind: VMDisk")}---\n${disk}`;
    const set = parseManifests(text, "flood.yaml");
    expect(set.findings).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "yaml-aliases",
        message: expect.stringMatching(/^more than 1000 aliases \(\*name\) in one document/),
        source: { file: "flood.yaml", line: aliasLine(MAX_ALIASES + 5, MAX_ALIASES, 1), column: 5 },
      }),
    ]);
    expect(set.resources.map((r) => r.definition.metadata?.name)).toEqual(["ok"]);
  });

  test("a manifest within the cap is read, its aliases resolved", () => {
    const set = parseManifests(flood(MAX_ALIASES, "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk"), "ok.yaml");
    expect(set.findings.filter((f) => f.code === "yaml-aliases")).toEqual([]);
    expect(set.findings.find((f) => f.code === "yaml-syntax")).toBeUndefined();
    expect(set.resources).toHaveLength(1);
  });

  test("a #cloud-config past the cap is invalid YAML at the first alias too many, within it it is read", () => {
    const over = parseCloudInit(flood(MAX_ALIASES + 1, "#cloud-config"));
    expect(over).toMatchObject({ ok: false, kind: "cloud-config", line: aliasLine(MAX_ALIASES + 1, MAX_ALIASES, 1), column: 5 });
    expect(over.ok === false && over.message).toMatch(/^invalid YAML: more than 1000 aliases/);
    const within = parseCloudInit(flood(MAX_ALIASES, "#cloud-config"));
    expect(within.ok && (within.config?.aliases as unknown[])[MAX_ALIASES - 1]).toBe(`v${MAX_ALIASES - 1}`);
  });
});
