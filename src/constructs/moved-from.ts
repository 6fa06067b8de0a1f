import { TerraformElement } from "./framework";
import { Construct } from "constructs";

/**
 * A top-level Terraform `moved { from, to }` block, written by hand rather than with cdktf's
 * `moveFromId`: that one makes every synth run `terraform version` (and fail where terraform
 * is not installed, e.g. `hikube-vm synth` in a slim CI image), while a moved block needs
 * nothing at synth time. cdktf merges the `moved` lists of all elements of a stack.
 */
export class MovedFrom extends TerraformElement {
  constructor(scope: Construct, id: string, private readonly from: string, private readonly to: string) {
    super(scope, id);
  }

  override toTerraform(): unknown {
    return { moved: [{ from: this.from, to: this.to }] };
  }

  override toHclTerraform(): unknown {
    const reference = (value: string) => ({ value, isBlock: false, type: "simple", storageClassType: "reference" });
    return { moved: [{ from: reference(this.from), to: reference(this.to) }] };
  }
}

/** `<type>.x` or `module.a.<type>.x` (with an optional `[key]`). */
function addressPattern(type: string): RegExp {
  return new RegExp(`^(module\\.[A-Za-z0-9_-]+(\\["[^"]*"\\]|\\[\\d+\\])?\\.)*${type}\\.[A-Za-z_][A-Za-z0-9_-]*(\\["[^"]*"\\]|\\[\\d+\\])?$`);
}

/**
 * What is wrong with `movedFrom` for a resource at `to`, or undefined. A moved block changes
 * only Terraform's address: it cannot rename a Kubernetes object. An old address that names
 * another object of the library's scheme (`vmdisk_<namespace>_<name>`) is a rename, which
 * kubernetes_manifest carries out as destroy + create.
 */
export function movedFromProblem(from: string, to: string, kind: string, namespace: string, name: string): { severity: "error" | "warning"; message: string } | undefined {
  const type = to.slice(0, to.indexOf("."));
  if (!addressPattern(type).test(from)) {
    return {
      severity: "error",
      message: `movedFrom ${JSON.stringify(from)} is not a ${type} address (a moved block cannot change the resource type; to adopt an object from another resource type, remove it from the state without destroying it, with a removed block or terraform state rm, and import it as ${to})`,
    };
  }
  if (from === to) return { severity: "error", message: `movedFrom is this resource's own address ${to}` };
  const parts = from.slice(from.lastIndexOf(`${type}.`) + type.length + 1).split("_");
  if (parts.length === 3 && parts[0] === kind.toLowerCase() && (parts[1] !== namespace || parts[2] !== name)) {
    const disk = kind === "VMDisk";
    return {
      severity: disk ? "error" : "warning",
      message:
        `movedFrom ${from} names ${kind} ${parts[1]}/${parts[2]}, not ${namespace}/${name}: a Kubernetes object cannot be renamed or change namespace; ` +
        (disk ? "kubernetes_manifest would destroy the old disk and its data. Keep the old name" : "kubernetes_manifest will replace the VM (destroy, then create); its disks keep their data"),
    };
  }
  return undefined;
}
