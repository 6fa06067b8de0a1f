import type { PolicyRule } from "../rule";
import { goldenImageOf, isLess, quote } from "./spec-values";

export const HK007: PolicyRule = {
  id: "HK007",
  title: "A golden-image disk is at least the image's minimum size",
  cause: "A VMDisk copied from a golden image (`source.image.name`) is smaller than the catalog's minimum size for that image.",
  explanation: "The image does not fit: the import fails and the disk never becomes ready, so the VM never boots.",
  remediation: "Set `storage` to at least the image's minimum size (see the catalog table); more if the VM needs room to work.",
  levels: { development: "error", staging: "error", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.disks.flatMap((disk) => {
      const image = goldenImageOf(ctx, disk);
      const storage = disk.manifest.spec.storage;
      if (!image || isLess(storage, image.minimumStorage) !== true) return [];
      return [
        {
          resource: disk,
          path: "spec.storage",
          message: `${String(storage)} is smaller than golden image ${quote(image.name)} needs (${image.minimumStorage}): the import would fail; use at least ${image.minimumStorage}`,
          suggestion: image.minimumStorage,
          allowed: `at least ${image.minimumStorage}`,
        },
      ];
    });
  },
};
