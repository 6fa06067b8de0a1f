import type { JsonObject } from "../model";
import { exposureOf, describeExposure } from "./exposure";

/** One line about a VMDisk or VMInstance, for creates and deletes: `100Gi replicated, empty`. */
export function describeManifest(manifest: JsonObject | undefined): string | undefined {
  const spec = manifest?.spec as JsonObject | undefined;
  if (!spec || typeof spec !== "object") return undefined;
  if (manifest?.kind === "VMDisk") return [spec.storage, spec.storageClass, describeSource(spec.source), spec.optical === true ? "optical" : undefined].filter(Boolean).join(" ");
  if (manifest?.kind === "VMInstance") {
    const disks = Array.isArray(spec.disks) ? spec.disks.map(diskName).join(", ") : "";
    return [spec.instanceType, spec.instanceProfile, disks && `disks ${disks}`, describeExposure(exposureOf(spec))].filter(Boolean).join(", ");
  }
  return undefined;
}

export function describeSource(source: unknown): string {
  if (source === null || typeof source !== "object") return "empty";
  const s = source as Record<string, { name?: string; url?: string } | undefined>;
  if (s.image) return `from image ${s.image.name}`;
  if (s.http) return `from ${s.http.url}`;
  if (s.upload) return "for upload";
  if (s.disk) return `clone of ${s.disk.name}`;
  return "empty";
}

export function diskName(entry: unknown): string {
  if (typeof entry === "string") return entry;
  if (entry !== null && typeof entry === "object" && typeof (entry as { name?: unknown }).name === "string") return (entry as { name: string }).name;
  return JSON.stringify(entry);
}
