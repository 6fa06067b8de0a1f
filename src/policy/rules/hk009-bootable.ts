import type { PolicyRule } from "../rule";
import { hasSource, isOptical, quote } from "./spec-values";

export const HK009: PolicyRule = {
  id: "HK009",
  title: "A VM has something to boot",
  cause: "A VMInstance attaches no disk, or its first (boot) disk is empty (`source: {}`) and no ISO (`optical: true`) is attached.",
  explanation: "The first disk boots first. An empty disk holds no OS, so without an installer ISO the VM starts and finds nothing to boot.",
  remediation: "Give the boot disk a source (a golden image such as `ubuntu-2404`, an http URL, an upload or a clone), or attach an installer ISO with `optical: true`.",
  levels: { development: "error", staging: "error", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) => {
      const attached = ctx.attachments(instance);
      if (attached.length === 0) {
        return [{ resource: instance, path: "spec.disks", message: "attaches no disk: the VM has nothing to boot; attach a system disk with a source (e.g. a golden image)" }];
      }
      const boot = ctx.disk(instance.namespace, attached[0].name);
      // A disk declared elsewhere cannot be judged here.
      if (!boot || hasSource(boot)) return [];
      if (attached.some((a) => isOptical(ctx.disk(instance.namespace, a.name)))) return [];
      return [
        {
          resource: instance,
          path: `spec.disks[${attached[0].index}].name`,
          message: `boot disk ${quote(boot.name)} is empty (no source) and no ISO is attached: the VM has nothing to boot; give the disk a source or attach an installer ISO (optical: true)`,
        },
      ];
    });
  },
};
