import type { FindingSink } from "./finding-sink";

/** Cross-field checks of a VMInstance spec that a schema cannot express. */
export function checkInstanceSpec(spec: Readonly<Record<string, unknown>>, sink: FindingSink): void {
  checkRunning(spec, sink);
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
