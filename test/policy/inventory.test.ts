// cdk-nag style: the exact rule inventory and levels per environment are pinned, so adding,
// removing or relevelling a rule is a visible, reviewed change.
import { readdirSync } from "fs";
import { join } from "path";
import { HIKUBE_RULES } from "../../src/policy/rules";

const INVENTORY = [
  ["HK001", "off", "warning", "error", true],
  ["HK002", "off", "warning", "error", true],
  ["HK003", "warning", "warning", "error", true],
  ["HK004", "warning", "error", "error", true],
  ["HK005", "error", "error", "error", true],
  ["HK006", "error", "error", "error", true],
  ["HK007", "error", "error", "error", true],
  ["HK008", "error", "error", "error", true],
  ["HK009", "error", "error", "error", true],
  ["HK010", "error", "error", "error", true],
  ["HK011", "warning", "warning", "warning", true],
  ["HK012", "warning", "warning", "error", true],
  ["HK013", "warning", "error", "error", true],
  ["HK014", "error", "error", "error", false],
  ["HK015", "warning", "warning", "error", true],
  ["HK016", "info", "warning", "warning", true],
  ["HK017", "off", "off", "info", true],
  ["HK018", "warning", "warning", "error", true],
  ["HK019", "info", "info", "info", true],
  ["HK020", "warning", "off", "off", true],
  ["HK021", "info", "info", "info", true],
  ["HK022", "warning", "warning", "warning", true],
];

test("the rule inventory: ids, levels per environment (development, staging, production), waivable", () => {
  expect(HIKUBE_RULES.map((r) => [r.id, r.levels.development, r.levels.staging, r.levels.production, r.waivable])).toEqual(INVENTORY);
});

test("the seed's practices have their fixed ids", () => {
  const title = (id: string) => HIKUBE_RULES.find((r) => r.id === id)?.title;
  expect([title("HK001"), title("HK002"), title("HK003"), title("HK004")]).toEqual([
    "Disks use replicated storage",
    "VMs have a system disk and a separate data disk",
    "External VMs use PortList, not WholeIP",
    "SSH keys only: cloud-init does not enable password login",
  ]);
});

test("one rule per file, named after the rule", () => {
  const files = readdirSync(join(__dirname, "../../src/policy/rules")).filter((f) => /^hk\d{3}-/.test(f));
  expect(files.map((f) => f.slice(0, 5).toUpperCase())).toEqual(HIKUBE_RULES.map((r) => r.id));
});

test.each(HIKUBE_RULES.map((r) => [r.id, r] as const))("%s documents cause, explanation and remediation", (_id, r) => {
  expect(r.title).toMatch(/^\S.{5,80}[^.]$/);
  for (const text of [r.cause, r.explanation, r.remediation]) expect(text).toMatch(/^\S.{15,}[.)]$/s);
});
