import type { Risk } from "../model";
import { diskRisks } from "./disk-risks";
import { exposureRisks } from "./exposure";
import { instanceRisks } from "./instance-risks";
import { lifecycleRisks } from "./lifecycle-risks";
import type { RiskContext, RiskRule } from "./risk-context";
import { unknownKindRisks } from "./unknown-kind-risks";

export type { RiskContext, RiskRule } from "./risk-context";

const RULES: readonly RiskRule[] = [diskRisks, instanceRisks, exposureRisks, lifecycleRisks, unknownKindRisks];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every risk of one change, most severe first. */
export function risksOf(context: RiskContext): Risk[] {
  return RULES.flatMap((rule) => rule(context)).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
