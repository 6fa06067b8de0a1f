import type { PolicyRule } from "../rule";

export const HK019: PolicyRule = {
  id: "HK019",
  title: "Every disk is used",
  cause: "A VMDisk that no VMInstance of the configuration attaches and no disk clones (`source.disk`).",
  explanation: "An unused disk costs storage for nothing, and is often what remains of a VM removed from the configuration but not cleaned up.",
  remediation: "Attach the disk to its VM, or remove it. A disk attached by a VM of another configuration can be waived with that reason.",
  levels: { development: "info", staging: "info", production: "info" },
  waivable: true,
  check(ctx) {
    return ctx.disks
      .filter((disk) => ctx.usesOf(disk.namespace, disk.name).length === 0 && !ctx.isCloneSource(disk.namespace, disk.name))
      .map((disk) => ({ resource: disk, path: "", message: "no VMInstance attaches this disk and no disk clones it: it costs storage for nothing; attach it or remove it" }));
  },
};
