import { Construct } from "constructs";
import type { AdoptionBlocks } from "../terraform/adoption";
import { TerraformElement } from "./framework";

/**
 * Top-level `import` and `removed` blocks that hand a resource's object over from the stack's previous backend
 * (HikubeDefaults `adoptFrom`) instead of destroying it, or an `import` block alone that adopts an object made
 * without Terraform (`adopt`). cdktf concatenates the lists of all elements of a stack,
 * as it does for `moved`.
 */
export class AdoptedFrom extends TerraformElement {
  constructor(scope: Construct, id: string, private readonly blocks: AdoptionBlocks) {
    super(scope, id);
  }

  override toTerraform(): unknown {
    // An adoption of objects Terraform never managed (`adopt`) forgets nothing: no `removed` list at all.
    const removed = this.blocks.removed.map((b) => ({ from: b.from, lifecycle: { ...b.lifecycle } }));
    return { import: this.blocks.import.map((b) => ({ ...b })), ...(removed.length > 0 && { removed }) };
  }

  override toHclTerraform(): unknown {
    const simple = (value: unknown, storageClassType: string) => ({ value, isBlock: false, type: "simple", storageClassType });
    return {
      import: this.blocks.import.map((b) => ({ to: simple(b.to, "reference"), id: simple(b.id, "string") })),
      ...(this.blocks.removed.length > 0 && { removed: this.blocks.removed.map((b) => ({ from: simple(b.from, "reference"), lifecycle: { value: { destroy: simple(false, "boolean") }, isBlock: true, type: "simple", storageClassType: "map" } })) }),
    };
  }
}
