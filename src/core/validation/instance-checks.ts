import type { FindingSink } from "./finding-sink";

/** Cross-field checks of a VMInstance spec that a schema cannot express. */
export function checkInstanceSpec(spec: Readonly<Record<string, unknown>>, sink: FindingSink): void {
  checkRunning(spec, sink);
  checkResources(spec, sink);
  if (Array.isArray(spec.subnets) && spec.subnets.length > 0) {
    sink.warning(["spec", "subnets"], "subnets is deprecated", { code: "deprecated", suggestion: "networks" });
  }
}

/** `running` (the seed's field) and `runStrategy` (the platform's) must say the same thing. */
function checkRunning(spec: Readonly<Record<string, unknown>>, sink: FindingSink): void {
  const { running, runStrategy } = spec;
  if (typeof running !== "boolean" || typeof runStrategy !== "string") return;
  const contradiction = running ? runStrategy === "Halted" : runStrategy !== "Halted";
  if (contradiction) {
    sink.error(["spec", "running"], `running: ${running} contradicts runStrategy: ${runStrategy}`, {
      code: "run-strategy",
      allowed: "runStrategy alone (running: true means Always, false means Halted)",
      suggestion: running ? "Always" : "Halted",
    });
  }
}

const RESOURCE_FIELDS = ["cpu", "sockets", "memory"] as const;
const ALL_THREE = "resources.cpu, resources.sockets and resources.memory, all three";

/**
 * The vm-instance chart (Cozystack v1.6.2, templates/vm.yaml and _helpers.tpl) sizes a VM from
 * `resources` only as a whole: without an instance type it fails the release unless cpu, sockets and
 * memory are all set; next to an instance type, a full set overrides it and a partial one fails. Both
 * failures happen after apply, so they are errors here, at the missing field.
 */
function checkResources(spec: Readonly<Record<string, unknown>>, sink: FindingSink): void {
  const { instanceType, resources } = spec;
  if (resources !== undefined && resources !== null && (typeof resources !== "object" || Array.isArray(resources))) return; // a type error, reported
  const given = (resources ?? {}) as Record<string, unknown>;
  const set = RESOURCE_FIELDS.filter((f) => given[f] !== undefined && given[f] !== null);
  const noType = instanceType === "";
  if (noType && set.length === 0) {
    sink.error(["spec", "instanceType"], `instanceType is empty and resources are not set: the platform fails the VM after apply ("Either instanceType or resources (cpu, sockets, memory) must be specified")`, {
      code: "resources",
      allowed: `an instance type of the catalog, or instanceType: "" with ${ALL_THREE}`,
    });
    return;
  }
  if (set.length === 0 || set.length === RESOURCE_FIELDS.length) return;
  for (const missing of RESOURCE_FIELDS.filter((f) => !set.includes(f))) {
    const why = noType
      ? `instanceType is empty, so the platform needs ${ALL_THREE}, and fails the VM after apply without ${missing}`
      : `resources override the instance type only as a whole (cpu, sockets and memory); with ${set.join(" and ")} alone the VM fails after apply`;
    sink.error(["spec", "resources", missing], `missing resources.${missing}: ${why}`, {
      code: "resources",
      allowed: noType ? ALL_THREE : `${ALL_THREE}, or no resources (the instance type alone)`,
      ...(missing === "sockets" && { suggestion: "1" }),
    });
  }
}
