import type { PolicyRule } from "../rule";
import { quote } from "./spec-values";

export const HK001: PolicyRule = {
  id: "HK001",
  title: "Disks use replicated storage",
  cause: "A VMDisk's storageClass is a class the catalog marks as not replicated (Hikube: `local`).",
  explanation:
    "Node-local storage lives on one node: when that node fails, the disk's data is lost, and a VM that uses it cannot restart on another node. The seed's best practices ask for replicated storage in production.",
  remediation: "Set `storageClass: replicated` (the default). The class cannot be changed on an existing disk: create a new disk and copy the data.",
  levels: { development: "off", staging: "warning", production: "error" },
  waivable: true,
  check(ctx) {
    const replicated = ctx.catalog.catalog.storageClasses.find((c) => c.replicated)?.name;
    return ctx.disks.flatMap((disk) => {
      const name = disk.manifest.spec.storageClass;
      if (typeof name !== "string" || ctx.catalog.storageClass(name)?.replicated !== false) return [];
      return [
        {
          resource: disk,
          path: "spec.storageClass",
          message: `storage class ${quote(name)} is not replicated: the data is lost and the VM cannot restart elsewhere when the node fails; use ${replicated ? quote(replicated) : "a replicated class"}`,
          ...(replicated && { suggestion: replicated }),
        },
      ];
    });
  },
};
