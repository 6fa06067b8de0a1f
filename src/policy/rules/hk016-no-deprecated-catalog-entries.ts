import type { PolicyRule, RuleViolation } from "../rule";
import { imageNameOf, quote } from "./spec-values";

export const HK016: PolicyRule = {
  id: "HK016",
  title: "Golden images, instance types and profiles are current",
  cause: "A resource uses a catalog entry marked deprecated, such as a seed-era unversioned golden image name (`ubuntu` rather than `ubuntu-2404`).",
  explanation:
    "An unversioned image name follows whatever version the platform points it to: rebuilding the disk later gives another OS release than the one tested. Deprecated types and profiles may disappear from the platform.",
  remediation: "Use the entry the catalog recommends instead, e.g. `ubuntu-2404` for `ubuntu` (`hikube-vm catalog` lists them).",
  levels: { development: "info", staging: "warning", production: "warning" },
  waivable: true,
  check(ctx) {
    const out: RuleViolation[] = [];
    const flag = (resource: RuleViolation["resource"], path: string, word: string, name: string, deprecated: string | undefined) => {
      if (!deprecated) return;
      const prefer = /prefer ([\w.-]+)/.exec(deprecated)?.[1];
      out.push({ resource, path, message: `${word} ${quote(name)} is deprecated: ${deprecated}`, ...(prefer && { suggestion: prefer }) });
    };
    for (const instance of ctx.instances) {
      const { instanceType, instanceProfile } = instance.manifest.spec;
      if (typeof instanceType === "string") flag(instance, "spec.instanceType", "instance type", instanceType, ctx.catalog.instanceType(instanceType)?.deprecated);
      if (typeof instanceProfile === "string") flag(instance, "spec.instanceProfile", "instance profile", instanceProfile, ctx.catalog.profile(instanceProfile)?.deprecated);
    }
    for (const disk of ctx.disks) {
      const image = imageNameOf(disk);
      if (image !== undefined) flag(disk, "spec.source.image.name", "golden image", image, ctx.catalog.image(image)?.deprecated);
    }
    return out;
  },
};
