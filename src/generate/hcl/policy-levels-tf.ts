import type { PolicyRule } from "../../policy/rule";
import { HK001, HK002, HK003, HK004 } from "../../policy/rules";
import { alignAssignments, generatedHeader, hclString } from "./hcl-format";
import { ENVIRONMENTS } from "./module-variables";

/** The policy rules modules/manifests implements in HCL (main.tf); their levels come from src/policy. */
export const HCL_POLICY_RULES: readonly PolicyRule[] = [HK001, HK002, HK003, HK004];

/**
 * `policy-levels.tf`: each rule's title and level per environment, from the rules' own metadata,
 * so the module fails the plan (error) or warns (warning) exactly where the TypeScript engine does.
 */
export function policyLevelsTf(): string {
  const lines = [
    generatedHeader("the policy rules' metadata (src/policy/rules)").trimEnd(),
    "",
    "locals {",
    "  # error: fails the plan (output precondition); warning: a check block warns; off: nothing.",
    "  policy_levels = {",
    ...HCL_POLICY_RULES.map((r) => `    ${r.id} = { ${ENVIRONMENTS.map((e) => `${e} = "${r.levels[e]}"`).join(", ")} }`),
    "  }",
    "  policy_titles = {",
    ...HCL_POLICY_RULES.map((r) => `    ${r.id} = ${hclString(r.title)}`),
    "  }",
    "}",
    "",
  ];
  return alignAssignments(lines.join("\n"));
}
