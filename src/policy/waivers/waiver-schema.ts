import type Ajv from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import { describeValue } from "../../core/validation/describe-value";

/** One waiver, as written in code or in a waiver file. */
export const WAIVER_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["ruleId", "resource", "reason"],
  properties: {
    ruleId: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9_-]*$", description: "The rule waived, e.g. HK002." },
    resource: {
      type: "string",
      pattern: "^(VMInstance|VMDisk)/[^/\\s]+(/[^/\\s]+)?$",
      description: "Kind/namespace/name or Kind/name (any namespace); * and ? match within one segment.",
    },
    reason: { type: "string", minLength: 20, pattern: "[.!?][\"')\\]]*\\s*$", description: "Why the finding is accepted: at least one sentence." },
    expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "Last day the waiver applies (YYYY-MM-DD, UTC)." },
  },
} as const;

/** A waiver file: `hikube-waivers.yaml` (or .json). */
export const WAIVER_FILE_JSON_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "Hikube policy waivers",
  type: "object",
  additionalProperties: false,
  required: ["waivers"],
  properties: {
    waivers: { type: "array", items: WAIVER_JSON_SCHEMA },
  },
} as const;

let ajv: Ajv | undefined;

/**
 * A validator compiled on first use: `hikube-vm validate` loads this module on every run, and
 * most runs have no waiver to check, so compiling at load time would only cost start-up.
 */
function lazyValidator(schema: object): ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } {
  let compiled: ValidateFunction | undefined;
  const validate = Object.assign(
    (data: unknown): boolean => {
      // Loaded here, not at the top: ajv's compiler costs ~20 ms to load, and most runs check no waiver.
      ajv ??= new (require("ajv").default as typeof Ajv)({ allErrors: true, strict: true, verbose: true });
      compiled ??= ajv.compile(schema);
      const ok = compiled(data) as boolean;
      validate.errors = compiled.errors;
      return ok;
    },
    { errors: null as ErrorObject[] | null | undefined },
  );
  return validate;
}

export const validateWaiverShape = lazyValidator(WAIVER_JSON_SCHEMA);
export const validateWaiverFileShape = lazyValidator(WAIVER_FILE_JSON_SCHEMA);
/** The file's envelope only: each waiver is then checked on its own, to name it with its line. */
export const validateWaiverEnvelope = lazyValidator({
  type: "object",
  additionalProperties: false,
  required: ["waivers"],
  properties: { waivers: { type: "array" } },
});

/** An ajv error in words a person writing a waiver understands. */
export function describeSchemaError(e: ErrorObject): string {
  const field = e.instancePath.split("/").pop();
  switch (e.keyword) {
    case "required":
      return `missing ${String(e.params.missingProperty)}`;
    case "additionalProperties":
      return `unknown field ${JSON.stringify(e.params.additionalProperty)} (allowed: ruleId, resource, reason, expires)`;
    case "minLength":
    case "pattern":
      if (field === "reason") return "reason must be at least one sentence: 20 characters or more, ending with a period";
      if (field === "resource") return "resource must be Kind/namespace/name or Kind/name, with Kind VMInstance or VMDisk";
      if (field === "expires") return "expires must be a date YYYY-MM-DD";
      if (field === "ruleId") return "ruleId must be a rule id such as HK002";
      return e.message ?? "invalid";
    case "type":
      return `${field || "a waiver"} must be ${TYPE_WORDS[field ?? ""] ?? `a ${String(e.params.type)}`}, got ${describeValue(e.data)}${dateHint(field, e.data)}`;
    default:
      return `${field || "a waiver"}: ${e.message ?? "invalid"}`;
  }
}

/** What each field is, in words ("must be string" names neither the field nor the format). */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  "": "a mapping with ruleId, resource, reason and optionally expires",
  ruleId: "a rule id such as HK002",
  resource: "a string Kind/namespace/name or Kind/name",
  reason: "a sentence",
  expires: "a date YYYY-MM-DD",
};

/** `expires: 20991231` was meant as 2099-12-31. */
function dateHint(field: string | undefined, value: unknown): string {
  if (field !== "expires") return "";
  const digits = typeof value === "number" && Number.isInteger(value) ? String(value) : "";
  return /^\d{8}$/.test(digits) ? ` (write ${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)})` : "";
}
