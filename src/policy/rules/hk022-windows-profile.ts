import { isWindowsImage, isWindowsProfile, looksLikeWindowsMedia } from "../../core/catalog";
import type { PolicyResource, PolicyRule, RuleContext, RuleViolation } from "../rule";
import { quote, sourceOf, stringAt } from "./spec-values";

/** The Windows preference Hikube's documentation uses, when the catalog has it. */
const PREFERRED = "windows.2k25.virtio";

export const HK022: PolicyRule = {
  id: "HK022",
  title: "Windows disks boot with a Windows profile",
  cause:
    "A VMInstance boots a Windows disk (its first disk, or an attached installer ISO, comes from a golden image the catalog marks as Windows, or from an image or URL named like Windows media) while its `instanceProfile` is not a Windows one (the default is `ubuntu`).",
  explanation:
    "The profile is the KubeVirt preference that sets the VM's firmware, clock, Hyper-V enlightenments and device models. Windows on a Linux profile installs slowly or not at all, and may not find its disk; the platform does not warn, and Windows nodes are chosen by the profile name.",
  remediation: "Set `instanceProfile` to the Windows preference of the version installed, e.g. `windows.2k25.virtio` (`hikube-vm catalog` lists them).",
  levels: { development: "warning", staging: "warning", production: "warning" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance): RuleViolation[] => {
      const profile = instance.manifest.spec.instanceProfile;
      const profileName = typeof profile === "string" ? profile : "";
      if (isWindowsProfile(profileName, ctx.catalog.profile(profileName))) return [];
      const windows = windowsBootDisk(ctx, instance);
      if (!windows) return [];
      const suggestion = windowsProfileOf(ctx, windows.hints);
      const given = instance.definition.spec.instanceProfile;
      const which = typeof given === "string" && given !== "" ? `instanceProfile ${quote(given)} is not a Windows profile` : given === "" ? "instanceProfile is empty (no preference)" : `instanceProfile is the default ${quote(profileName)}, a Linux profile`;
      return [
        {
          resource: instance,
          path: "spec.instanceProfile",
          message: `${windows.what} ${quote(windows.disk)} holds Windows (${windows.why}), but ${which}: set a Windows profile${suggestion ? ` such as ${suggestion}` : ""}`,
          ...(suggestion && { suggestion }),
          allowed: "a Windows profile (windows.*) for a Windows VM",
        },
      ];
    });
  },
};

/** The first disk, or an installer ISO the VM boots from: the first one holding Windows. */
function windowsBootDisk(ctx: RuleContext, instance: PolicyResource): { disk: string; what: string; why: string; hints: string[] } | undefined {
  for (const [i, attachment] of ctx.attachments(instance).entries()) {
    const disk = ctx.disk(instance.namespace, attachment.name);
    if (!disk) continue;
    const optical = disk.manifest.spec.optical === true;
    if (i > 0 && !optical) continue;
    const why = windowsSource(ctx, disk, new Set());
    if (why) return { disk: disk.name, what: optical ? "installer ISO" : "boot disk", why, hints: [disk.name, JSON.stringify(sourceOf(disk))] };
  }
  return undefined;
}

/** Why a disk's content is Windows, following clones (`source.disk`) within the namespace. */
function windowsSource(ctx: RuleContext, disk: PolicyResource, seen: Set<PolicyResource>): string | undefined {
  if (seen.has(disk)) return undefined;
  seen.add(disk);
  const source = sourceOf(disk);
  const image = stringAt(source.image, "name");
  if (image !== undefined) {
    const entry = ctx.catalog.image(image);
    if (!isWindowsImage(image, entry)) return undefined;
    return entry?.osFamily === "windows" ? `golden image ${quote(image)}, a Windows image in the catalog` : `golden image ${quote(image)}, named like Windows media`;
  }
  const url = stringAt(source.http, "url");
  if (url !== undefined) return looksLikeWindowsMedia(url) ? "downloaded from a URL named like Windows media" : undefined;
  const clone = stringAt(source.disk, "name");
  const original = clone === undefined ? undefined : ctx.disk(disk.namespace, clone);
  const why = original && windowsSource(ctx, original, seen);
  return why && `a clone of ${quote(original.name)}: ${why}`;
}

/** Windows versions as media and disks name them, and the KubeVirt preference of each. */
const VERSIONS: readonly (readonly [RegExp, string])[] = [
  [/2k25|2025/, "windows.2k25.virtio"],
  [/2k22|2022/, "windows.2k22.virtio"],
  [/2k19|2019/, "windows.2k19.virtio"],
  [/2k16|2016/, "windows.2k16.virtio"],
  [/win(?:dows)?[-_ ]?11/, "windows.11.virtio"],
  [/win(?:dows)?[-_ ]?10/, "windows.10.virtio"],
];

/** The preference of the version the disk's name or source names, else the one Hikube documents. */
function windowsProfileOf(ctx: RuleContext, hints: readonly string[]): string | undefined {
  const text = hints.join(" ").toLowerCase();
  const versioned = VERSIONS.find(([pattern, profile]) => pattern.test(text) && ctx.catalog.profile(profile))?.[1];
  if (versioned) return versioned;
  if (ctx.catalog.profile(PREFERRED)) return PREFERRED;
  return ctx.catalog.catalog.profiles.find((p) => !p.deprecated && isWindowsProfile(p.name, p))?.name;
}
