import type { PolicyRule, PolicyResource, RuleContext } from "../rule";
import { compareQuantities } from "../../core/quantity";
import { isLess, isRecord, quantityOf, quote } from "./spec-values";

const GPU_MINIMUM_MEMORY = "4Gi";

export const HK010: PolicyRule = {
  id: "HK010",
  title: "VMs with GPUs have at least 4 GiB of memory",
  cause: "A VMInstance with `gpus` has less than 4 GiB of memory (from `resources.memory`, or else its instance type).",
  explanation: "The NVIDIA driver needs at least 4 GiB of RAM: with less, the GPU is attached but unusable.",
  remediation: "Choose an instance type with at least 4 GiB (e.g. `u1.medium` or `s1.medium`), or raise `resources.memory`.",
  levels: { development: "error", staging: "error", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) => {
      const gpus = instance.manifest.spec.gpus;
      if (!Array.isArray(gpus) || gpus.length === 0) return [];
      const memory = memoryOf(ctx, instance);
      if (!memory || isLess(memory.value, GPU_MINIMUM_MEMORY) !== true) return [];
      const suggestion = memory.path === "spec.instanceType" ? biggerType(ctx, instance) : GPU_MINIMUM_MEMORY;
      return [
        {
          resource: instance,
          path: memory.path,
          message: `${memory.what} gives ${memory.value} of memory, but the GPU driver needs at least ${GPU_MINIMUM_MEMORY}; choose a larger instance type`,
          ...(suggestion && { suggestion }),
          allowed: `at least ${GPU_MINIMUM_MEMORY}`,
        },
      ];
    });
  },
};

function memoryOf(ctx: RuleContext, instance: PolicyResource): { value: string; path: string; what: string } | undefined {
  const resources = instance.manifest.spec.resources;
  const explicit = isRecord(resources) ? resources.memory : undefined;
  if (typeof explicit === "string" || typeof explicit === "number") return { value: String(explicit), path: "spec.resources.memory", what: "resources.memory" };
  const typeName = instance.manifest.spec.instanceType;
  const type = typeof typeName === "string" ? ctx.catalog.instanceType(typeName) : undefined;
  return type && { value: type.memory, path: "spec.instanceType", what: `instance type ${quote(type.name)}` };
}

/** The smallest type of the same series with enough memory. */
function biggerType(ctx: RuleContext, instance: PolicyResource): string | undefined {
  const current = ctx.catalog.instanceType(String(instance.manifest.spec.instanceType));
  const minimum = quantityOf(GPU_MINIMUM_MEMORY)!;
  const fits = ctx.catalog.catalog.instanceTypes
    .filter((t) => t.series === current?.series && !t.deprecated)
    .map((t) => ({ t, memory: quantityOf(t.memory) }))
    .filter((x) => x.memory && compareQuantities(x.memory, minimum) >= 0)
    .sort((a, b) => compareQuantities(a.memory!, b.memory!));
  return fits[0]?.t.name;
}
