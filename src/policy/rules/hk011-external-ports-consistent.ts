import type { PolicyRule, RuleViolation } from "../rule";
import { isExternal } from "./spec-values";

/** The chart's default externalPorts. */
const DEFAULT_PORTS = [22];

function isPlatformDefault(ports: readonly unknown[]): boolean {
  return ports.length === DEFAULT_PORTS.length && ports.every((p, i) => p === DEFAULT_PORTS[i]);
}

export const HK011: PolicyRule = {
  id: "HK011",
  title: "externalPorts match the exposure",
  cause:
    "`externalPorts` is given on a VM that is not external or with `WholeIP` (both ignore it), other than the platform default `[22]`; or an external PortList VM lists no port.",
  explanation:
    "Ignored settings mislead readers and reviewers into thinking ports are open or closed when they are not. An external PortList VM with no port creates a public load balancer that lets nothing through.",
  remediation: "Set `external: true` to expose the ports, or remove `externalPorts`; with WholeIP, remove `externalPorts`; with PortList, list at least one port.",
  levels: { development: "warning", staging: "warning", production: "warning" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance): RuleViolation[] => {
      // What the user wrote: the rendered spec always carries the platform default [22].
      const given = instance.definition.spec.externalPorts;
      const givenPorts = Array.isArray(given) && given.length > 0;
      const path = "spec.externalPorts";
      if (!isExternal(instance)) {
        // Exactly the platform default ([22]) is what the server returns for every VM: not a choice to question.
        return givenPorts && !isPlatformDefault(given) ? [{ resource: instance, path, message: "externalPorts is ignored because external is false: no port is exposed; set external: true or remove externalPorts" }] : [];
      }
      if (instance.manifest.spec.externalMethod === "WholeIP") {
        return givenPorts && !isPlatformDefault(given) ? [{ resource: instance, path, message: "externalPorts is ignored with WholeIP, which exposes every port; remove it (or use PortList to expose only these ports)" }] : [];
      }
      const ports = instance.manifest.spec.externalPorts;
      return Array.isArray(ports) && ports.length === 0
        ? [{ resource: instance, path, message: "the VM is external but externalPorts is empty: the load balancer lets nothing through; list the ports to expose or set external: false" }]
        : [];
    });
  },
};
