import { resourceLabelOf } from "../context";
import type { PolicyRule } from "../rule";
import { isOptical, quote } from "./spec-values";

export const HK006: PolicyRule = {
  id: "HK006",
  title: "A non-optical disk is attached to one instance only",
  cause: "Two or more VMInstances of the same namespace name the same non-optical VMDisk.",
  explanation:
    "A VM disk is a read-write volume for one VM: a second VM using it either cannot start (the volume is already attached) or, worse, both write to the same filesystem and corrupt it. Only read-only ISO images (`optical: true`) can be shared.",
  remediation: "Give each VM its own disk: clone it with `source: { disk: { name } }` if both need the same content.",
  levels: { development: "error", staging: "error", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) =>
      ctx.attachments(instance).flatMap((a) => {
        if (isOptical(ctx.disk(instance.namespace, a.name))) return [];
        const others = ctx.usesOf(instance.namespace, a.name).filter((u) => u.instance !== instance);
        if (others.length === 0) return [];
        const labels = others.map((u) => resourceLabelOf(u.instance.kind, u.instance.namespace, u.instance.name)).join(", ");
        return [
          {
            resource: instance,
            path: `spec.disks[${a.index}].name`,
            message: `VMDisk ${quote(a.name)} is also attached to ${labels}: a disk serves one VM at a time; give each VM its own disk (clone it with source.disk)`,
          },
        ];
      }),
    );
  },
};
