import { closestMatch } from "../../core/suggest/did-you-mean";
import type { PolicyRule, RuleContext, PolicyResource } from "../rule";
import { quote } from "./spec-values";

export const HK005: PolicyRule = {
  id: "HK005",
  title: "Every disk an instance attaches is declared",
  cause:
    "A VMInstance names a disk in `disks` that no VMDisk of its namespace declares, and that is not declared as existing outside the configuration.",
  explanation:
    "The platform renders a VMInstance only once all its disks exist: a misspelt or missing disk leaves the VM failing after apply. Disks are looked up in the instance's own namespace, so a disk declared in another namespace does not count.",
  remediation:
    "Declare the VMDisk in the instance's namespace, fix the name, or list the disk as existing outside this configuration (`externalDisks` in the policy options, `--external-disks` in the CLI).",
  levels: { development: "error", staging: "error", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) =>
      ctx.attachments(instance).flatMap((a) => {
        if (ctx.disk(instance.namespace, a.name) || ctx.isExternalDisk(instance.namespace, a.name)) return [];
        const path = `spec.disks[${a.index}].name`;
        const elsewhere = ctx.disksNamed(a.name).filter((d) => d.namespace !== instance.namespace);
        if (elsewhere.length > 0) {
          const namespaces = elsewhere.map((d) => namespaceWords(d.namespace)).join(", ");
          return [
            {
              resource: instance,
              path,
              message: `VMDisk ${quote(a.name)} is declared in ${namespaces}, but an instance can only attach disks of its own namespace, here ${namespaceWords(instance.namespace)}; move the disk or the instance`,
            },
          ];
        }
        const suggestion = closestMatch(a.name, diskNamesIn(ctx, instance));
        return [
          {
            resource: instance,
            path,
            message: `VMDisk ${quote(a.name)} is not declared in ${namespaceWords(instance.namespace)}; declare it, fix the name, or mark it as existing outside this configuration (externalDisks)`,
            ...(suggestion && { suggestion }),
          },
        ];
      }),
    );
  },
};

function diskNamesIn(ctx: RuleContext, instance: PolicyResource): string[] {
  return ctx.disks.filter((d) => d.namespace === instance.namespace).map((d) => d.name);
}

/** `namespace "tenant-a"`, or what a manifest without metadata.namespace is in. */
function namespaceWords(namespace: string): string {
  return namespace === "" ? "the default namespace (no metadata.namespace)" : `namespace ${quote(namespace)}`;
}
