import type { PolicyResource, PolicyRule } from "../rule";
import { isOptical, quote } from "./spec-values";

export const HK020: PolicyRule = {
  id: "HK020",
  title: "Data disks are not on node-local storage",
  cause: "A non-optical disk attached after the boot disk (a data disk) uses a storage class that is not replicated.",
  explanation:
    "A system disk can be rebuilt from its image; a data disk cannot. On node-local storage it is lost with its node. In staging and production HK001 already covers every disk, so this rule matters where HK001 is off.",
  remediation: "Put data disks on `replicated` storage, or accept the loss explicitly with a waiver (scratch data, caches).",
  levels: { development: "warning", staging: "off", production: "off" },
  waivable: true,
  check(ctx) {
    const flagged = new Set<PolicyResource>();
    for (const instance of ctx.instances) {
      for (const a of ctx.attachments(instance).slice(1)) {
        const disk = ctx.disk(instance.namespace, a.name);
        const cls = disk?.manifest.spec.storageClass;
        if (!disk || isOptical(disk) || typeof cls !== "string") continue;
        if (ctx.catalog.storageClass(cls)?.replicated === false) flagged.add(disk);
      }
    }
    return [...flagged].map((disk) => ({
      resource: disk,
      path: "spec.storageClass",
      message: `data disk on storage class ${quote(String(disk.manifest.spec.storageClass))}, which is not replicated: its data is lost with the node; use replicated storage`,
      suggestion: "replicated",
    }));
  },
};
