import type { IConstruct } from "constructs";
import { TerraformStack } from "./framework";
import type { HikubeDefaultsProps } from "./hikube-defaults";

/** A default a resource may be built from. */
export type DefaultsKey = keyof HikubeDefaultsProps;

export const DEFAULTS_KEYS: readonly DefaultsKey[] = ["namespace", "catalog", "environment", "backend", "adoptFrom", "adopt"];

/** What a late change of each default would leave behind in a resource built before it. */
const LEFT_BEHIND: Readonly<Record<DefaultsKey, string>> = {
  namespace: "would keep the namespace (and address) it was created with",
  catalog: "would be checked against the earlier catalog",
  environment: "would keep the prevent_destroy it was created with (none on a data disk, for a production environment set late)",
  backend: "would keep the resource type it was created with",
  adoptFrom: "would keep the import and removed blocks it was created with",
  adopt: "would keep the import block it was created with (or lack one)",
};

interface DefaultsUse {
  readonly construct: IConstruct;
  /** `VMDisk/tenant-a/web-data`. */
  readonly label: string;
  readonly keys: readonly DefaultsKey[];
}

const usesByStack = new WeakMap<TerraformStack, DefaultsUse[]>();

/**
 * Records that `construct` (a resource, `label` as findings name it) was built from these defaults of its stack,
 * so that a later `HikubeDefaults.set` that changes one fails instead of leaving the resource as it was.
 */
export function recordDefaultsUse(construct: IConstruct, label: string, keys: readonly DefaultsKey[]): void {
  const stack = TerraformStack.of(construct);
  let uses = usesByStack.get(stack);
  if (!uses) usesByStack.set(stack, (uses = []));
  uses.push({ construct, label, keys });
}

/** Why changing these defaults of `stack` now would leave resources behind, if it would. */
export function lateChangeProblem(stack: TerraformStack, changed: readonly DefaultsKey[]): string | undefined {
  const affected = (usesByStack.get(stack) ?? []).filter((use) => use.keys.some((key) => changed.includes(key)));
  if (affected.length === 0) return undefined;
  const first = affected[0];
  const key = changed.find((k) => first.keys.includes(k)) as DefaultsKey;
  const others = affected.length > 1 ? ` (and ${affected.length - 1} other resource${affected.length > 2 ? "s" : ""})` : "";
  return (
    `${key} changes after ${first.label} (${first.construct.node.path})${others} was created from the earlier defaults; ` +
    `it ${LEFT_BEHIND[key]}. Call HikubeDefaults.set before the stack's first resource, right after new TerraformStack(...), ` +
    `or give the setting to each resource.`
  );
}
