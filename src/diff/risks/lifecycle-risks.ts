import type { Risk } from "../model";
import type { RiskContext } from "./risk-context";

/** prevent_destroy and depends_on, compared only when both sides know them (configurations). */
export function lifecycleRisks(c: RiskContext): Risk[] {
  if (c.action !== "update" && c.action !== "replace") return [];
  const out: Risk[] = [];
  const [a, b] = [c.before?.preventDestroy, c.after?.preventDestroy];
  if (a === true && b === false) {
    out.push({ id: "prevent-destroy-removed", type: "protection", severity: "warning", message: "prevent_destroy removed: Terraform will no longer refuse to destroy it", path: "lifecycle.prevent_destroy" });
  } else if (a === false && b === true) {
    out.push({ id: "prevent-destroy-added", type: "protection", severity: "info", message: "prevent_destroy added: Terraform refuses any plan that destroys it", path: "lifecycle.prevent_destroy" });
  }
  const [da, db] = [c.before?.dependsOn, c.after?.dependsOn];
  if (da && db) {
    const added = db.filter((d) => !da.includes(d));
    const removed = da.filter((d) => !db.includes(d));
    if (added.length || removed.length) {
      const parts = [added.length ? `now after ${added.join(", ")}` : "", removed.length ? `no longer after ${removed.join(", ")}` : ""].filter(Boolean);
      out.push({ id: "depends-on-changed", type: "ordering", severity: "info", message: `depends_on: ${parts.join("; ")}`, path: "depends_on" });
    }
  }
  return out;
}
