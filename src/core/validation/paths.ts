/** Path segments to the dotted form findings use: `spec.externalPorts[1]`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

/** A JSON pointer from ajv (`/externalPorts/1`) to segments, numbers for array indices. */
export function pointerSegments(pointer: string, isIndex: (segmentsSoFar: readonly (string | number)[]) => boolean): (string | number)[] {
  if (!pointer) return [];
  const out: (string | number)[] = [];
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    out.push(isIndex(out) && /^\d+$/.test(segment) ? Number(segment) : segment);
  }
  return out;
}

/** A short, safe rendering of a user value for messages (strings quoted and cut). */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return String(value);
}

export function typeOfValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}
