import { markdownTable } from "../generate/markdown-tables";
import { ENVIRONMENTS } from "./environment";
import type { PolicyRule } from "./rule";
import { HIKUBE_RULES } from "./rules";

/** The README's rule table, from the rules' own metadata. */
export function policyRulesMarkdown(rules: readonly PolicyRule[] = HIKUBE_RULES): string {
  return markdownTable(
    ["Rule", "Title", "Development", "Staging", "Production", "Waivable", "Why", "Fix"],
    rules.map((r) => [`\`${r.id}\``, r.title, ...ENVIRONMENTS.map((e) => r.levels[e]), r.waivable ? "yes" : "**no**", r.explanation, r.remediation]),
  );
}
