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

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const QUALIFIED_NAME_ALLOWED =
  "an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (e.g. app or example.com/team)";
export const LABEL_VALUE_ALLOWED = "empty, or at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit";

/**
 * A label or annotation key as the Kubernetes API server checks it (a qualified name). The platform applies what
 * Terraform sends only after apply, so a bad key fails late: it is caught here.
 */
export function qualifiedNameProblem(key: string): string | undefined {
  const slash = key.lastIndexOf("/");
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !DNS_1123_SUBDOMAIN.test(prefix))) return `the prefix of key ${JSON.stringify(key)} is not a DNS subdomain`;
  if (name.length === 0) return `key ${JSON.stringify(key)} has no name`;
  if (name.length > 63) return `the name part of key ${JSON.stringify(key)} is ${name.length} characters long, more than 63`;
  if (!LABEL_NAME.test(name)) return `key ${JSON.stringify(key)} is not a valid name`;
  return undefined;
}

/** A label value as the API server checks it. */
export function labelValueProblem(value: string): string | undefined {
  if (value === "") return undefined;
  if (value.length > 63) return `${JSON.stringify(value.slice(0, 20))}… is ${value.length} characters long, more than 63`;
  if (!LABEL_NAME.test(value)) return `${JSON.stringify(value)} is not a valid label value`;
  return undefined;
}

/** The API server's limit on all annotations of an object together (TotalAnnotationSizeLimitB, 256 KiB). */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;

/** The API server counts the UTF-8 bytes of every key and value (string values; others are refused on their own). */
export function annotationsSizeProblem(annotations: Readonly<Record<string, unknown>>): string | undefined {
  let total = 0;
  for (const key of Object.keys(annotations)) {
    const value = annotations[key];
    total += Buffer.byteLength(key, "utf8") + (typeof value === "string" ? Buffer.byteLength(value, "utf8") : 0);
  }
  return total > ANNOTATIONS_MAX_BYTES ? `annotations total ${total} bytes (keys and values), more than the ${ANNOTATIONS_MAX_BYTES} bytes (256 KiB) the API server accepts` : undefined;
}
