import type { Finding, Severity } from "../findings/finding";
import type { ResourceDefinition } from "../definition/resource-definition";
import { formatPath } from "./paths";

export interface FindingDetails {
  readonly code: string;
  readonly allowed?: string;
  readonly suggestion?: string;
  readonly within?: { readonly line: number; readonly column: number };
}

/** Collects findings for one resource, filling in who and where. */
export class FindingSink {
  readonly findings: Finding[] = [];

  constructor(private readonly def: Pick<ResourceDefinition, "kind" | "metadata" | "source">) {}

  error(path: readonly (string | number)[], message: string, details: FindingDetails): void {
    this.add("error", path, message, details);
  }

  warning(path: readonly (string | number)[], message: string, details: FindingDetails): void {
    this.add("warning", path, message, details);
  }

  info(path: readonly (string | number)[], message: string, details: FindingDetails): void {
    this.add("info", path, message, details);
  }

  private add(severity: Severity, path: readonly (string | number)[], message: string, details: FindingDetails): void {
    const name = typeof this.def.metadata?.name === "string" ? this.def.metadata.name : "";
    const namespace = typeof this.def.metadata?.namespace === "string" ? this.def.metadata.namespace : undefined;
    this.findings.push({
      severity,
      kind: typeof this.def.kind === "string" ? this.def.kind : "",
      name,
      ...(namespace && { namespace }),
      path: formatPath(path),
      message,
      code: details.code,
      ...(details.allowed !== undefined && { allowed: details.allowed }),
      ...(details.suggestion !== undefined && { suggestion: details.suggestion }),
      ...(details.within && { within: details.within }),
      ...(this.def.source && { source: this.def.source }),
    });
  }
}
