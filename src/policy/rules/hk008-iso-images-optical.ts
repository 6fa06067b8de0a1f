import type { PolicyRule } from "../rule";
import { goldenImageOf, isOptical, quote } from "./spec-values";

export const HK008: PolicyRule = {
  id: "HK008",
  title: "Installer ISOs are attached as optical disks, cloud images are not",
  cause: "A VMDisk copied from a golden image the catalog marks as an ISO installer lacks `optical: true`, or one copied from a cloud image has it.",
  explanation:
    "An installer ISO boots only from a CD-ROM: as a plain disk the VM finds nothing to boot. A cloud image is a disk image: as a CD-ROM it is read-only and the OS cannot run from it.",
  remediation: "ISO installers (e.g. `proxmox-9`): set `optical: true` and attach an empty disk to install onto. Cloud images: remove `optical`.",
  levels: { development: "error", staging: "error", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.disks.flatMap((disk) => {
      const image = goldenImageOf(ctx, disk);
      if (!image || image.iso === isOptical(disk)) return [];
      const message = image.iso
        ? `golden image ${quote(image.name)} is an installer ISO: set optical: true (and attach an empty disk to install onto)`
        : `golden image ${quote(image.name)} is a cloud disk image, not an ISO: remove optical: true so the VM can boot and write to it`;
      return [{ resource: disk, path: "spec.optical", message, suggestion: String(image.iso) }];
    });
  },
};
