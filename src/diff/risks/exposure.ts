import type { JsonObject, Risk } from "../model";
import { RiskContext, specOf } from "./risk-context";

/** What of a VM is reachable from outside the cluster. */
export type Exposure =
  | { readonly kind: "none" }
  | { readonly kind: "whole-ip" }
  | { readonly kind: "ports"; readonly ports: readonly number[]; readonly icmp: boolean };

/** From a rendered spec; absent fields take the platform's defaults (not external, PortList, [22], ICMP on). */
export function exposureOf(spec: JsonObject): Exposure {
  if (spec.external !== true) return { kind: "none" };
  if (spec.externalMethod === "WholeIP") return { kind: "whole-ip" };
  const ports = Array.isArray(spec.externalPorts) ? spec.externalPorts.filter((p): p is number => typeof p === "number") : [22];
  return { kind: "ports", ports: [...ports].sort((a, b) => a - b), icmp: spec.externalAllowICMP !== false };
}

export function describeExposure(e: Exposure): string | undefined {
  if (e.kind === "none") return undefined;
  if (e.kind === "whole-ip") return "external WholeIP (every port)";
  return `external PortList ${e.ports.join(", ") || "(no port)"}`;
}

/**
 * Exposure widened: external turned on, PortList to WholeIP, new external ports. A new VM
 * that is exposed is reported too (info for a port list, warning for WholeIP).
 */
export function exposureRisks(c: RiskContext): Risk[] {
  if (c.action === "delete" || c.after?.manifest?.kind !== "VMInstance") return [];
  const after = exposureOf(specOf(c.after));
  if (c.action === "create" || c.before?.manifest?.kind !== "VMInstance") {
    if (after.kind === "whole-ip") return [risk("exposed-whole-ip", "warning", "exposed with WholeIP: every port of the VM is reachable from outside the cluster", "spec.externalMethod")];
    if (after.kind === "ports") return [risk("exposed-ports", "info", `exposed outside the cluster on ports ${after.ports.join(", ")}`, "spec.externalPorts")];
    return [];
  }
  const before = exposureOf(specOf(c.before));
  if (after.kind === "none") return [];
  if (before.kind === "none") {
    const what = after.kind === "whole-ip" ? "every port (WholeIP)" : `ports ${after.ports.join(", ")}`;
    return [risk("external-turned-on", "warning", `external turned on: the VM gets a public address (LoadBalancer) and ${what} become reachable`, "spec.external")];
  }
  if (before.kind === "whole-ip") return [];
  if (after.kind === "whole-ip") {
    return [risk("port-list-to-whole-ip", "warning", `PortList to WholeIP: every port of the VM becomes reachable from outside, not only ${before.ports.join(", ")}`, "spec.externalMethod")];
  }
  const added = after.ports.filter((p) => !before.ports.includes(p));
  const out: Risk[] = [];
  if (added.length > 0) out.push(risk("new-external-ports", "warning", `new external ports: ${added.join(", ")}`, "spec.externalPorts"));
  if (!before.icmp && after.icmp) out.push(risk("icmp-accepted", "info", "ICMP (ping) now accepted from outside", "spec.externalAllowICMP"));
  return out;
}

function risk(id: string, severity: Risk["severity"], message: string, path: string): Risk {
  return { id, type: "exposure", severity, message, path };
}
