import type { Environment } from "../policy/environment";

/** `data`: the disk holds data that exists nowhere else; `system`: it can be rebuilt from its source. */
export type DiskRole = "system" | "data";

/** What the role of a disk is read from: its spec as given (props or YAML). */
export interface DiskRoleInput {
  readonly optical?: unknown;
  readonly source?: unknown;
}

/** Data exists nowhere else when the disk starts empty or from an upload; an image or URL can be fetched again. */
export function defaultDiskRole(spec: DiskRoleInput): DiskRole {
  if (spec.optical) return "system";
  const source = (spec.source ?? {}) as Record<string, unknown>;
  const keys = Object.keys(source).filter((k) => source[k] !== undefined);
  return keys.length === 0 || (keys.length === 1 && keys[0] === "upload") ? "data" : "system";
}

/**
 * Whether the disk's resource gets `lifecycle.prevent_destroy`: as asked, else data disks in production.
 * The constructs (VmDisk) and `hikube-vm synth` decide it here, so both write the same lifecycle.
 */
export function preventsDestroy(role: DiskRole, preventDestroy: boolean | undefined, environment: Environment | undefined): boolean {
  return preventDestroy ?? (role === "data" && environment === "production");
}
