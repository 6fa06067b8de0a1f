import type { DiffResource } from "../model";
import { identityOf } from "./manifest-attribute";

/**
 * One side's resources with the ones the diff cannot pair marked: an address declared twice in a stack (Terraform
 * refuses the configuration, and the diff cannot tell which is meant: the first is kept), and one Kubernetes object
 * declared at two addresses (two resources manage it: destroying either deletes it for both).
 */
export function markDuplicates(resources: readonly DiffResource[]): DiffResource[] {
  const byAddress = new Map<string, DiffResource[]>();
  for (const r of resources) {
    const k = `${r.stack}\u0000${r.address}`;
    byAddress.set(k, [...(byAddress.get(k) ?? []), r]);
  }
  const kept = [...byAddress.values()].map((same) =>
    same.length === 1 ? same[0] : withProblem(same[0], `its address is declared ${same.length} times in ${same[0].stack ? `stack ${same[0].stack}` : "this configuration"}: Terraform refuses that, and the diff cannot tell which one is meant; keep one`),
  );
  const byObject = new Map<string, DiffResource[]>();
  for (const r of kept) {
    const id = identityOf(r.manifest);
    if (!id) continue;
    const k = [r.stack, id.kind, id.namespace, id.name].join("\u0000");
    byObject.set(k, [...(byObject.get(k) ?? []), r]);
  }
  const problems = new Map<DiffResource, string>();
  for (const same of byObject.values()) {
    if (same.length < 2) continue;
    for (const r of same) {
      const others = same.filter((o) => o !== r).map((o) => o.address);
      const id = identityOf(r.manifest)!;
      problems.set(r, `the same ${id.kind} ${id.namespace ? `${id.namespace}/` : ""}${id.name} is also declared at ${others.join(", ")}: two resources manage one object, and destroying either deletes it for both; keep one`);
    }
  }
  return kept.map((r) => (problems.has(r) ? withProblem(r, problems.get(r)!) : r));
}

function withProblem(r: DiffResource, problem: string): DiffResource {
  return { ...r, problem: r.problem ? `${r.problem}; ${problem}` : problem };
}
