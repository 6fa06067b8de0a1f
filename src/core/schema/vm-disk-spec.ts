import { Field, t } from "./schema-node";

const sourceFields: readonly Field[] = [
  {
    name: "http",
    seed: true,
    description: "Download the image from an HTTP(S) URL.",
    node: t.object("HttpSource", [
      { name: "url", required: true, seed: true, description: "URL of the image to download (https recommended).", node: t.string({ format: "http-url" }) },
    ]),
  },
  {
    name: "image",
    seed: true,
    description: "Copy a golden image preloaded in the platform.",
    node: t.object("ImageSource", [
      { name: "name", required: true, seed: true, description: "Name of the golden image, from the catalog.", node: t.string({ catalog: "images" }) },
    ]),
  },
  {
    name: "upload",
    description: "Leave the disk waiting for an image upload (virtctl image-upload).",
    node: t.object("UploadSource", []),
  },
  {
    name: "disk",
    description: "Clone another VMDisk of the same namespace.",
    node: t.object("DiskSource", [
      { name: "name", required: true, description: "Name of the VMDisk to clone.", node: t.string({ format: "dns-label" }) },
    ]),
  },
];

/** The fields of a VMDisk's spec, in the order they are rendered. */
export const VM_DISK_FIELDS: readonly Field[] = [
  {
    name: "source",
    seed: true,
    default: {},
    description: "Where the disk's content comes from: at most one of http, image, upload or disk; none for an empty disk.",
    immutable: "the platform ignores a source edited after the disk was created",
    node: t.object("DiskSourceSpec", sourceFields, { atMostOne: true }),
  },
  {
    name: "optical",
    seed: true,
    default: false,
    description: "Attach the disk as a CD-ROM (for ISO installers).",
    node: t.boolean(),
  },
  {
    name: "storage",
    seed: true,
    default: "5Gi",
    description: "Size of the disk, a Kubernetes quantity such as 20Gi. It can grow later but never shrink.",
    node: t.quantity("bytes"),
  },
  {
    name: "storageClass",
    seed: true,
    default: "replicated",
    description: "Storage class: replicated (survives a node failure) or local (node-local, faster, not replicated).",
    immutable: "the platform ignores a storageClass edited after the disk was created",
    node: t.string({ catalog: "storageClasses" }),
  },
];
