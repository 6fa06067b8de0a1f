import { droppedFieldsLine, withoutServerFields } from "../terraform/server-fields";
import type { LoadedResource } from "../yaml";
import type { CliIo } from "./command";

/**
 * The resources to adopt (--adopt) without what the server set on them (status, server metadata, platform labels
 * and annotations), and one line on standard error saying what was dropped.
 */
export function adoptResources(resources: readonly LoadedResource[], io: CliIo): LoadedResource[] {
  const reports = resources.map((r) => ({ resource: r, ...withoutServerFields(r.definition, r.origin.data) }));
  const line = droppedFieldsLine(reports);
  if (line) io.stderr.write(line + "\n");
  return reports.map((r) => ({ ...r.resource, definition: r.definition }));
}
