import type { PolicyRule } from "../rule";
import { sourceOf, stringAt } from "./spec-values";

export const HK012: PolicyRule = {
  id: "HK012",
  title: "Disk images are downloaded over HTTPS",
  cause: "A VMDisk's `source.http.url` uses plain `http://`.",
  explanation:
    "The image becomes the VM's operating system. Over plain HTTP anyone on the path can replace it with a backdoored one, and nothing checks it after download.",
  remediation: "Use the image's `https://` URL, or a golden image (`source.image`) preloaded in the platform.",
  levels: { development: "warning", staging: "warning", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.disks.flatMap((disk) => {
      const url = stringAt(sourceOf(disk).http, "url");
      if (!url || !/^http:\/\//i.test(url.trim())) return [];
      return [
        {
          resource: disk,
          path: "spec.source.http.url",
          message: "the image is downloaded over plain http, so it can be tampered with in transit; use an https URL or a golden image",
          suggestion: url.trim().replace(/^http:/i, "https:"),
        },
      ];
    });
  },
};
