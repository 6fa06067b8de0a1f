// A kubernetes_manifest plan in the real `terraform show -json` format (format_version 1.2),
// hand-written because the provider cannot be installed here.
import { readFileSync } from "fs";
import { join } from "path";
import { checkPlan, KNOWN_AFTER_APPLY, readPlannedChanges } from "../../src/diff";

const PLAN = JSON.parse(readFileSync(join(__dirname, "fixtures", "kubernetes-manifest-plan.json"), "utf8"));

test("resource_changes: actions mapped, data sources left out, unknown values marked", () => {
  const changes = readPlannedChanges(PLAN, "plan.json");
  expect(changes.map((c) => [c.address, c.action])).toEqual([
    ["kubernetes_manifest.vmdisk_tenant-a_db-system", undefined],
    ["kubernetes_manifest.vmdisk_tenant-a_db-data", "update"],
    ["kubernetes_manifest.vmdisk_tenant-a_logs", "delete"],
    ["kubernetes_manifest.vmdisk_tenant-a_tmp", "create"],
    ["kubernetes_manifest.disk_cache", "replace"],
    ["kubernetes_manifest.vminstance_tenant-a_db", "update"],
    ["kubernetes_manifest.vminstance_tenant-a_web", undefined],
  ]);
  const db = changes.find((c) => c.address === "kubernetes_manifest.vminstance_tenant-a_db")!;
  expect((db.after?.manifest?.spec as Record<string, unknown>).cloudInit).toBe(KNOWN_AFTER_APPLY);
});

test("risks of the planned kubernetes_manifest changes, with Terraform's actions", () => {
  const result = checkPlan(PLAN, "plan.json", { environment: "development" });
  const view = result.changes.map((c) => ({ address: c.address, action: c.action, risks: c.risks.map((r) => `${r.severity} ${r.type} ${r.path ?? ""}`.trim()) }));
  // In the plan's order (Terraform's).
  expect(view).toEqual([
    { address: "kubernetes_manifest.vmdisk_tenant-a_db-data", action: "update", risks: ["error impossible spec.storage", "warning ignored spec.storageClass"] },
    { address: "kubernetes_manifest.vmdisk_tenant-a_logs", action: "delete", risks: ["error data-loss"] },
    { address: "kubernetes_manifest.vmdisk_tenant-a_tmp", action: "create", risks: [] },
    { address: "kubernetes_manifest.disk_cache", action: "replace", risks: ["error data-loss metadata.name", "info address"] },
    { address: "kubernetes_manifest.vminstance_tenant-a_db", action: "update", risks: ["warning ignored spec.cloudInit", "warning exposure spec.external"] },
    { address: "kubernetes_manifest.vminstance_tenant-a_web", action: "update", risks: ["info address"] },
  ]);
  expect(result.changes.find((c) => c.name === "web")?.movedFrom).toBe("kubernetes_manifest.web_instance_1A2B3C4D");
  expect(result.summary).toMatchObject({ create: 1, update: 3, replace: 1, delete: 1, unchanged: 1, blocking: true });
});

test("policies run on the manifests the plan leaves, not on deleted ones", () => {
  const result = checkPlan(PLAN, "plan.json", { environment: "production" });
  const flagged = new Set(result.policies.findings.map((f) => `${f.ruleId} ${f.name}`));
  // local storage in production (HK001) on the updated data disk; nothing about the deleted logs disk.
  expect(flagged.has("HK001 db-data")).toBe(true);
  expect([...flagged].some((f) => f.endsWith(" logs"))).toBe(false);
  expect(result.policies.summary.environment).toBe("production");
});

test("not a plan: a clear error", () => {
  expect(() => readPlannedChanges({ hello: 1 }, "x.json")).toThrow(/x.json: not the JSON of a plan/);
});
