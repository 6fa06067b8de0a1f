/**
 * Splits quantity text into sign, digits and suffix: `<sign>? <digits> (. <digits>?)? <suffix>`
 * or `<sign>? . <digits> <suffix>`, the grammar documented on resource.Quantity.
 *
 * Go's scanner (parseQuantityString) is looser than its own grammar: it reads "Gi", "." and
 * "-" as zero. Those are never what a user meant, so they are rejected here; every string
 * accepted here is accepted by Go with the same value.
 */
export interface ScannedQuantity {
  readonly negative: boolean;
  readonly sign: "" | "+" | "-";
  readonly integerDigits: string;
  /** Digits after the ".", "" for "1." and undefined when there is no ".". */
  readonly fractionDigits: string | undefined;
  readonly suffix: string;
}

const SHAPE = /^([+-]?)(\d*)(?:\.(\d*))?([\s\S]*)$/;

/** Returns undefined when the text has no digits before its suffix. */
export function scanQuantity(text: string): ScannedQuantity | undefined {
  const match = SHAPE.exec(text);
  if (match === null) return undefined;
  const [, sign, integerDigits, fractionDigits, suffix] = match;
  if (integerDigits === "" && (fractionDigits ?? "") === "") return undefined;
  return {
    negative: sign === "-",
    sign: sign === "+" ? "+" : sign === "-" ? "-" : "",
    integerDigits,
    fractionDigits,
    suffix,
  };
}
