import type { Finding, Severity } from "../core/findings/finding";
import { locatePath, type ManifestDocument } from "./manifest-document";

export interface DocumentFindingDetails {
  readonly code: string;
  readonly allowed?: string;
  readonly suggestion?: string;
  /** Point at the key rather than the value (unknown keys). */
  readonly atKey?: boolean;
}

/** A finding about a document as a whole (its kind, apiVersion, top-level keys), located. */
export function documentFinding(severity: Severity, origin: ManifestDocument, path: string, message: string, details: DocumentFindingDetails): Finding {
  const data = (origin.data ?? {}) as Record<string, unknown>;
  const metadata = (data.metadata ?? {}) as Record<string, unknown>;
  return {
    severity,
    kind: typeof data.kind === "string" ? data.kind : "",
    name: typeof metadata.name === "string" ? metadata.name : "",
    ...(typeof metadata.namespace === "string" && { namespace: metadata.namespace }),
    path,
    message,
    code: details.code,
    ...(details.allowed !== undefined && { allowed: details.allowed }),
    ...(details.suggestion !== undefined && { suggestion: details.suggestion }),
    source: locatePath(origin, path, details.atKey),
  };
}

/** A finding about a file (syntax error, unreadable, empty), at a line when known. */
export function fileFinding(severity: Severity, file: string, message: string, code: string, at?: { line: number; column: number }): Finding {
  return {
    severity,
    kind: "",
    name: "",
    path: "",
    message,
    code,
    source: { file, ...(at && { line: at.line, column: at.column }) },
  };
}
