import type { PolicyRule } from "../rule";
import { isExternal } from "./spec-values";

export const HK021: PolicyRule = {
  id: "HK021",
  title: "externalAllowICMP is set only where it applies",
  cause: "`externalAllowICMP: false` is given on a VM that is not external, or that uses WholeIP (`true` is the platform default).",
  explanation: "The setting applies only to external PortList VMs; elsewhere it is ignored, and readers may believe ICMP is filtered when it is not.",
  remediation: "Remove `externalAllowICMP`, or use `external: true` with `externalMethod: PortList`.",
  levels: { development: "info", staging: "info", production: "info" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) => {
      // null is unset, like a missing key; the platform default (true), which the server returns for every VM, says nothing either.
      const given = instance.definition.spec.externalAllowICMP;
      if (given === undefined || given === null || given === true) return [];
      const why = !isExternal(instance) ? "the VM is not external" : instance.manifest.spec.externalMethod === "WholeIP" ? "WholeIP lets all traffic through" : undefined;
      return why ? [{ resource: instance, path: "spec.externalAllowICMP", message: `externalAllowICMP has no effect because ${why}; remove it` }] : [];
    });
  },
};
