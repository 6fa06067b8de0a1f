/** A disk as an instance's `disks` list names it: a name, or an attachment with a name. */
export type DiskEntry = string | { readonly name: string };

/** The names of the disks an instance attaches, in boot order. */
export function attachedDiskNames(disks: readonly DiskEntry[] | undefined): string[] {
  return (disks ?? []).map((d) => (typeof d === "string" ? d : d.name));
}

/**
 * An instance's `depends_on`: the addresses of the disks it attaches that the same stack declares (a disk
 * created elsewhere is not Terraform's to order), in boot order, each once. `addressOf` returns undefined for
 * a disk the stack does not declare. The constructs (VmInstance) and `hikube-vm synth` both compute it here.
 */
export function diskDependencies(diskNames: readonly string[], addressOf: (name: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const name of diskNames) {
    const address = addressOf(name);
    if (address !== undefined && !out.includes(address)) out.push(address);
  }
  return out;
}
