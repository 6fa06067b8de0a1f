// Small readers for rendered specs. Rules run on definitions that may not have passed
// validation, so every read checks its type instead of trusting the schema.
import type { GoldenImage } from "../../core/catalog";
import { compareQuantities, parseQuantity, type Quantity } from "../../core/quantity";
import type { PolicyResource, RuleContext } from "../rule";

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function stringAt(record: unknown, field: string): string | undefined {
  const value = isRecord(record) ? record[field] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** The VM is exposed outside the cluster. */
export function isExternal(instance: PolicyResource): boolean {
  return instance.manifest.spec.external === true;
}

export function isOptical(disk: PolicyResource | undefined): boolean {
  return disk?.manifest.spec.optical === true;
}

/** `source` as rendered: `{}` (empty disk), or one of http, image, upload, disk. */
export function sourceOf(disk: PolicyResource): Record<string, unknown> {
  const source = disk.manifest.spec.source;
  return isRecord(source) ? source : {};
}

export function hasSource(disk: PolicyResource): boolean {
  return Object.keys(sourceOf(disk)).length > 0;
}

export function imageNameOf(disk: PolicyResource): string | undefined {
  return stringAt(sourceOf(disk).image, "name");
}

/** The catalog's golden image a disk is copied from, when it is one the catalog knows. */
export function goldenImageOf(ctx: RuleContext, disk: PolicyResource): GoldenImage | undefined {
  const name = imageNameOf(disk);
  return name === undefined ? undefined : ctx.catalog.image(name);
}

export function quantityOf(value: unknown): Quantity | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const parsed = parseQuantity(value);
  return parsed.ok ? parsed.quantity : undefined;
}

/** a < b, or undefined when either is not a quantity. */
export function isLess(a: unknown, b: unknown): boolean | undefined {
  const qa = quantityOf(a);
  const qb = quantityOf(b);
  return qa && qb ? compareQuantities(qa, qb) < 0 : undefined;
}

/** `"x"` for messages. */
export function quote(value: string): string {
  return JSON.stringify(value);
}
