import { escapeTerraformString } from "../core/render/terraform-escape";
import type { KindName } from "../core/schema/kinds";
import { backendAddress, type Backend } from "./backend";
import { backendImportId } from "./import-id";

/** Terraform's `import` and `removed` blocks (JSON syntax) that hand one object over from a backend to another. */
export interface AdoptionBlocks {
  readonly import: readonly { readonly to: string; readonly id: string }[];
  readonly removed: readonly { readonly from: string; readonly lifecycle: { readonly destroy: false } }[];
}

/**
 * Switching backend changes every resource's type, and Terraform cannot move state between types: without help
 * it destroys each object (a disk with its data) and creates it again. These blocks make the same plan forget the
 * old resource without destroying the object (`removed`, `destroy = false`) and adopt the live object under the
 * new one (`import`), Terraform 1.7 or later. Once applied, they have done their work and can be dropped.
 */
export function adoptionBlocks(from: Backend, to: Backend, apiVersion: string, kind: KindName, namespace: string, name: string): AdoptionBlocks {
  return {
    // The id is an expression (a template) in Terraform's JSON syntax: escaped like every other string.
    import: [{ to: backendAddress(to, kind, namespace, name), id: escapeTerraformString(backendImportId(to, apiVersion, { kind, namespace, name })) }],
    removed: [{ from: backendAddress(from, kind, namespace, name), lifecycle: { destroy: false } }],
  };
}

/** Why an adoption cannot be written, if it cannot. */
export function adoptionProblem(from: Backend, to: Backend): string | undefined {
  return from === to ? `adoptFrom names the stack's own backend (${to}): there is nothing to adopt` : undefined;
}

/**
 * The `import` block that adopts an object that exists already (made with kubectl or the dashboard, never managed
 * by Terraform) under the stack's resource (`adopt`): the first plan imports it instead of creating it (which the
 * API server would refuse) or, after a manual state edit, destroying it. Once applied, it can be dropped.
 */
export function adoptExistingBlocks(backend: Backend, apiVersion: string, kind: KindName, namespace: string, name: string): AdoptionBlocks {
  return { import: [{ to: backendAddress(backend, kind, namespace, name), id: backendImportId(backend, apiVersion, { kind, namespace, name }) }], removed: [] };
}

/** Why `adopt` and `adoptFrom` cannot be combined: both would import the same object. */
export function adoptConflict(adopt: boolean | undefined, adoptFrom: Backend | undefined): string | undefined {
  return adopt === true && adoptFrom !== undefined
    ? "adopt (objects Terraform never managed) and adoptFrom (objects another backend's state holds) both import the same objects: use one"
    : undefined;
}
