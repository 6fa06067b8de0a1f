/** DNS-1035 label: lowercase letters, digits and `-`, starting with a letter, ending with a letter or digit. */
export function dnsLabelProblem(name: string, maxLength: number): { message: string; suggestion?: string } | undefined {
  if (name.length === 0) return { message: "must not be empty" };
  const problems: string[] = [];
  if (name.length > maxLength) problems.push(`is ${name.length} characters long, more than ${maxLength}`);
  if (/[A-Z]/.test(name)) problems.push("has uppercase letters");
  if (/[^a-zA-Z0-9-]/.test(name)) problems.push("has characters other than letters, digits and '-'");
  if (!/^[a-zA-Z]/.test(name)) problems.push("does not start with a letter");
  if (!/[a-zA-Z0-9]$/.test(name)) problems.push("does not end with a letter or digit");
  if (problems.length === 0) return undefined;
  const suggestion = suggestDnsLabel(name, maxLength);
  return { message: `${JSON.stringify(name)} ${problems.join(", ")}`, ...(suggestion && suggestion !== name && { suggestion }) };
}

function suggestDnsLabel(name: string, maxLength: number): string | undefined {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
  return cleaned.length > 0 ? cleaned : undefined;
}

export const DNS_1035_ALLOWED = "lowercase letters, digits and '-', starting with a letter and ending with a letter or digit";

/** Namespaces are DNS-1123 labels (they may start with a digit), at most 63 characters. */
export function namespaceProblem(namespace: string): string | undefined {
  if (namespace.length > 63) return `is ${namespace.length} characters long, more than 63`;
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(namespace)) return `${JSON.stringify(namespace)} is not a DNS-1123 label`;
  return undefined;
}
