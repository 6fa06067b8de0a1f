/**
 * Values that stand for a secret without being one: template variables and documentation
 * fillers. Reporting them would train users to ignore the real findings.
 */
const PLACEHOLDERS: readonly RegExp[] = [
  /^\$\{[^}]*\}$/, // ${VAR}, ${var.password} (Terraform, shell)
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // $VAR
  /^\{\{.*\}\}$/, // {{ jinja }}
  /^\{%.*%\}$/,
  /^<[^<>]*>$/, // <your-token>
  /^%[A-Za-z_][A-Za-z0-9_]*%$/, // %VAR%
  /^(?:x+|\*+|\.+|…)$/i,
  /^(?:changeme|change[-_]me|replace[-_]?me|redacted|secret|password|token|todo|fixme|example|none|null|~)$/i,
];

export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === "" || PLACEHOLDERS.some((pattern) => pattern.test(trimmed));
}
