import type { PolicyRule } from "../rule";

export const HK017: PolicyRule = {
  id: "HK017",
  title: "Production VMs are meant to run",
  cause: "A VMInstance has `runStrategy: Halted` (or `running: false`).",
  explanation: "A stopped VM in a production configuration is often forgotten: its disks still cost storage and its images age without patches.",
  remediation: "Remove the VM and its disks if it is no longer needed, or waive the finding with the reason it is kept stopped.",
  levels: { development: "off", staging: "off", production: "info" },
  waivable: true,
  check(ctx) {
    return ctx.instances
      .filter((instance) => instance.manifest.spec.runStrategy === "Halted")
      .map((instance) => ({
        resource: instance,
        // Point at what the user wrote.
        path: instance.definition.spec.runStrategy == null && instance.definition.spec.running === false ? "spec.running" : "spec.runStrategy",
        message: "the VM is declared stopped (Halted): if it is no longer needed, remove it and its disks, which still cost storage",
      }));
  },
};
