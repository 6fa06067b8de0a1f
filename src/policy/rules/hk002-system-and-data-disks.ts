import type { PolicyRule } from "../rule";
import { isOptical } from "./spec-values";

export const HK002: PolicyRule = {
  id: "HK002",
  title: "VMs have a system disk and a separate data disk",
  cause: "A VMInstance attaches fewer than two non-optical disks (an ISO attached with `optical: true` does not count).",
  explanation:
    "With the data on the system disk, reinstalling or replacing the OS puts the data at risk, and the two cannot be sized, snapshotted or kept separately. The seed recommends at least two disks (system + data) in production.",
  remediation: "Add a data disk: `dataDisks: [{ storage: ... }]` on a VirtualMachine, or a second VMDisk in `disks`.",
  levels: { development: "off", staging: "warning", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) => {
      // A disk this configuration does not declare is counted: it may well be a data disk.
      const count = ctx.attachments(instance).filter((a) => !isOptical(ctx.disk(instance.namespace, a.name))).length;
      if (count >= 2) return [];
      return [
        {
          resource: instance,
          path: "spec.disks",
          message: `has ${count} non-optical disk${count === 1 ? "" : "s"}: attach a system disk and a separate data disk, so that the OS can be rebuilt without touching the data`,
          allowed: "at least 2 non-optical disks",
        },
      ];
    });
  },
};
