import { API_GROUP } from "../../core/schema/kinds";
import type { Risk } from "../model";
import type { RiskContext } from "./risk-context";

/** The kinds whose risks the diff knows. */
const KNOWN_KINDS: ReadonlySet<string> = new Set(["VMDisk", "VMInstance"]);

/**
 * Another kind of the platform's API group (a typo such as VMdisk, or an application such as Postgres): the diff
 * knows nothing of what destroying or editing it does, so it cannot prove such a change safe. Creating one risks
 * nothing already there.
 */
export function unknownKindRisks(c: RiskContext): Risk[] {
  if (c.action === "create") return [];
  const manifest = (c.before ?? c.after)?.manifest;
  const kind = typeof manifest?.kind === "string" ? manifest.kind : "";
  const apiVersion = typeof manifest?.apiVersion === "string" ? manifest.apiVersion : "";
  if (KNOWN_KINDS.has(kind) || apiVersion.split("/")[0] !== API_GROUP) return [];
  return [
    {
      id: "unverified-kind",
      type: "unverified",
      severity: "error",
      message: `${kind || "(no kind)"} of ${apiVersion} is not a kind this diff knows (it checks ${[...KNOWN_KINDS].join(" and ")}): it cannot tell whether this ${c.action} destroys data; check the kind's name, or review the change by hand`,
    },
  ];
}
