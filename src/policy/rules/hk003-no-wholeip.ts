import type { PolicyRule } from "../rule";
import { isExternal } from "./spec-values";

export const HK003: PolicyRule = {
  id: "HK003",
  title: "External VMs use PortList, not WholeIP",
  cause: "A VMInstance has `external: true` and `externalMethod: WholeIP`.",
  explanation:
    "WholeIP forwards every port of a public IP to the VM, with no network filtering: any service listening on any interface is on the Internet. PortList is a firewall that lets only `externalPorts` through. The seed reserves WholeIP for development.",
  remediation: "Use `externalMethod: PortList` with the ports the VM serves in `externalPorts`.",
  levels: { development: "warning", staging: "warning", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances
      .filter((instance) => isExternal(instance) && instance.manifest.spec.externalMethod === "WholeIP")
      .map((instance) => ({
        resource: instance,
        path: "spec.externalMethod",
        message: "WholeIP exposes every port of the VM to the Internet with no filtering; use PortList and list the ports in externalPorts",
        suggestion: "PortList",
      }));
  },
};
