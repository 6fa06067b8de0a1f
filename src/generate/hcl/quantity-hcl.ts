/**
 * Kubernetes quantities in HCL. HCL has no user functions, but its numbers are exact big
 * floats (512-bit mantissa), so integer arithmetic on mantissas of up to ~150 digits is exact:
 * the module reads every form the library's parseQuantity accepts (signs, fractions with any
 * suffix, `e<n>` exponents, `n`/`u`), rounds to 10^-9 away from zero and prints the canonical
 * text exactly as formatQuantity does; like the library, it refuses values beyond 2^63-1 (which
 * Kubernetes would silently cap) and sizes that are not a whole number of bytes.
 */

export const BINARY_SUFFIXES = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"] as const;
export const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

const SUFFIX = `(?:${BINARY_SUFFIXES.join("|")}|[${Object.keys(DECIMAL_SUFFIXES).join("")}]|[eE][+-]?[0-9]+)?`;

/** The grammar of resource.Quantity (src/core/quantity/scan.ts), as a regular expression (RE2 and JavaScript alike). */
export const QUANTITY_FORM = `^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)${SUFFIX}$`;

/** Sign, integer digits, fraction digits and suffix of a form QUANTITY_FORM accepts. */
const QUANTITY_PARTS = `^([+-]?)([0-9]*)(?:\\.([0-9]*))?(${SUFFIX})$`;

export const QUANTITY_FORMS_TEXT = "a number with an optional suffix (Ki, Mi, Gi, Ti, Pi, Ei; n, u, m, k, M, G, T, P, E; or e<n>), e.g. 20Gi, 512Mi, 2, 500m";

/** Largest |n| of an `e<n>` suffix the library accepts (MAX_DECIMAL_EXPONENT). */
export const MAX_DECIMAL_EXPONENT = 1000;

/** Binary quantities are capped by Kubernetes at 2^63-1 bytes when parsed. */
export const MAX_BINARY_QUANTITY = "9223372036854775807";

/** HCL: true when a quantity's `e<n>` exponent is within the library's bound (or there is none). */
export const exponentInRange = (expr: string): string =>
  `can(regex("[eE][+-]?[0-9]+$", ${expr})) ? abs(tonumber(replace(regex("[eE][+-]?[0-9]+$", ${expr}), "/^[eE]\\\\+?/", ""))) <= ${MAX_DECIMAL_EXPONENT} : true`;

/** HCL: true when a quantity form's number is greater than zero (no minus sign, a non-zero digit before the suffix). */
export const quantityPositive = (expr: string): string => `!startswith(${expr}, "-") && can(regex("[1-9]", regex("^[+-]?[0-9]*(?:\\\\.[0-9]*)?", ${expr})))`;

/**
 * HCL: a quantity form's value as a number (exact for mantissas of up to ~150 digits: tonumber reads
 * decimal text at the big float precision; 1024^power is at most 2^60, exact in any float).
 */
export const quantityNumber = (expr: string): string => {
  const p = `regex(${JSON.stringify(QUANTITY_PARTS)}, ${expr})`;
  // coalesce() refuses all-empty arguments: a null test instead (p[2] is "" for "5." and null for "5").
  const fractionDigits = `(${p}[2] == null ? "" : ${p}[2])`;
  const digits = `"\${${p}[1]}\${${fractionDigits}}"`;
  const fraction = `length(${fractionDigits})`;
  const exponent = `lookup(${decimalExponentsHcl()}, ${p}[3], can(regex("^[eE][+-]?[0-9]", ${p}[3])) ? tonumber(replace(substr(${p}[3], 1, -1), "+", "")) : 0)`;
  const power = `lookup({ ${BINARY_SUFFIXES.map((s, i) => `${s} = ${i + 1}`).join(", ")} }, ${p}[3], 0)`;
  return `(tonumber("\${${digits} == "" ? "0" : ${digits}}e\${${exponent} - ${fraction}}") * pow(1024, ${power}))`;
};

/** HCL: true unless a quantity form's value is beyond 2^63-1 (Kubernetes would store 2^63-1 instead, silently). */
export const quantityWithinInt64 = (expr: string): string => `abs(${quantityNumber(expr)}) <= ${MAX_BINARY_QUANTITY}`;

/**
 * HCL: true when a (non-negative) quantity form is a whole number of bytes once rounded up to 10^-9 as
 * ParseQuantity does (so 0.9999999999 is 1 byte, as in the library).
 */
export const quantityWholeBytes = (expr: string): string => `ceil(${quantityNumber(expr)} * 1000000000) % 1000000000 == 0`;

/** A number with no suffix, as Kubernetes reads it (`5`, `+5`, `5.`, `.5`, `5e3`): the library's BARE_NUMBER. */
export const BARE_NUMBER_FORM = "^[+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$";

/** DECIMAL_SUFFIXES as an HCL object (`{ n = -9, ... }`), for the locals and the per-field rules alike. */
function decimalExponentsHcl(): string {
  return `{ ${Object.entries(DECIMAL_SUFFIXES)
    .map(([suffix, exponent]) => `${suffix === "" ? '""' : suffix} = ${exponent}`)
    .join(", ")} }`;
}

/** Lines of the `locals` block body (indented by two) that compute `local.canonical_quantities`. */
export function canonicalQuantityLocals(inputsExpression: string[]): string[] {
  const suffixByExponent = Object.entries(DECIMAL_SUFFIXES)
    .sort((a, b) => a[1] - b[1])
    .map(([suffix, exponent]) => `"${exponent}" = "${suffix}"`)
    .join(", ");
  return [
    "  # Every quantity given, in the form written, once (an object's keys: toset would unify the types of thousands of values).",
    "  quantity_inputs = keys({ for q in flatten([",
    ...inputsExpression.map((line) => `    ${line},`),
    '  ]) : q => 0... if q != null && q != "" })',
    "",
    "  # value = digits x 10^exponent (decimal suffixes, e<n>) or digits x 1024^power / 10^fraction (binary).",
    `  binary_powers         = { ${BINARY_SUFFIXES.map((s, i) => `${s} = ${i + 1}`).join(", ")} }`,
    `  binary_suffixes       = ["", ${BINARY_SUFFIXES.map((s) => `"${s}"`).join(", ")}]`,
    `  decimal_exponents     = ${decimalExponentsHcl()}`,
    `  decimal_suffix_of_exp = { ${suffixByExponent} }`,
    `  quantity_parts        = { for q in local.quantity_inputs : q => regex(${JSON.stringify(QUANTITY_PARTS)}, q) if can(regex(${JSON.stringify(QUANTITY_FORM)}, q)) && can(regex("[1-9]", regex("^[+-]?[0-9]*(?:\\\\.[0-9]*)?", q))) && !startswith(q, "-") }`,
    "  quantity_terms = {",
    "    for q, p in local.quantity_parts : q => {",
    '      digits   = replace("${p[1]}${p[2] == null ? "" : p[2]}", "/^0+/", "")',
    '      fraction = length(p[2] == null ? "" : p[2])',
    "      power    = lookup(local.binary_powers, p[3], 0)",
    '      exponent = lookup(local.decimal_exponents, p[3], can(regex("^[eE][+-]?[0-9]", p[3])) ? tonumber(replace(substr(p[3], 1, -1), "+", "")) : 0)',
    '      format   = contains(keys(local.binary_powers), p[3]) ? "BinarySI" : can(regex("^[eE][+-]?[0-9]", p[3])) ? "DecimalExponent" : "DecimalSI"',
    "    }",
    "  }",
    "  # The exact value as mantissa digits x 10^exponent (binary suffixes folded in first).",
    "  quantity_raw = {",
    "    for q, t in local.quantity_terms : q => {",
    '      mantissa = t.power == 0 ? t.digits : "${tonumber(t.digits) * pow(1024, t.power)}"',
    "      exponent = t.exponent - t.fraction",
    "    }",
    "  }",
    "  # Without trailing zeros, then rounded away from zero to 10^-9 as ParseQuantity does.",
    "  quantity_normal = {",
    "    for q, r in local.quantity_raw : q => {",
    '      mantissa = substr(r.mantissa, 0, length(r.mantissa) - length(regex("0*$", r.mantissa)))',
    '      exponent = r.exponent + length(regex("0*$", r.mantissa))',
    "    }",
    "  }",
    "  quantity_rounded = {",
    "    for q, n in local.quantity_normal : q => n.exponent >= -9 ? n : {",
    '      mantissa = -9 - n.exponent >= length(n.mantissa) ? "1" : "${tonumber(substr(n.mantissa, 0, length(n.mantissa) + 9 + n.exponent)) + 1}"',
    "      exponent = -9",
    "    }",
    "  }",
    "  quantity_decimal = {",
    "    for q, n in local.quantity_rounded : q => {",
    '      mantissa = substr(n.mantissa, 0, length(n.mantissa) - length(regex("0*$", n.mantissa)))',
    '      exponent = n.exponent + length(regex("0*$", n.mantissa))',
    "    }",
    "  }",
    "  # Binary: integers of at least 1024 (capped at 2^63-1) by the largest power of 1024 that divides them.",
    "  binary_values = {",
    `    for q, d in local.quantity_decimal : q => min(tonumber(d.mantissa) * pow(10, d.exponent), ${MAX_BINARY_QUANTITY})`,
    '    if local.quantity_terms[q].format == "BinarySI" && d.exponent >= 0 && tonumber(d.mantissa) * pow(10, d.exponent) >= 1024',
    "  }",
    "  binary_canonical = {",
    '    for q, v in local.binary_values : q => "${v / pow(1024, max([for j in range(7) : j if v % pow(1024, j) == 0]...))}${local.binary_suffixes[max([for j in range(7) : j if v % pow(1024, j) == 0]...)]}"',
    "  }",
    "  # Decimal: the exponent lowered to a multiple of 3; DecimalSI prints its suffix (n to E), e<n> otherwise.",
    "  quantity_shifted = {",
    "    for q, d in local.quantity_decimal : q => {",
    '      mantissa = "${d.mantissa}${substr("00", 0, (d.exponent % 3 + 3) % 3)}"',
    "      exponent = d.exponent - (d.exponent % 3 + 3) % 3",
    "    }",
    "  }",
    "  decimal_canonical = {",
    "    for q, d in local.quantity_shifted : q => (",
    '      local.quantity_terms[q].format != "DecimalExponent" && contains(keys(local.decimal_suffix_of_exp), tostring(d.exponent))',
    '      ? "${d.mantissa}${local.decimal_suffix_of_exp[tostring(d.exponent)]}"',
    '      : (d.exponent == 0 ? d.mantissa : "${d.mantissa}e${d.exponent}")',
    "    )",
    "  }",
    "",
    "  # Input text -> canonical text; a form the variable validation rejected (or a non-positive one) maps to itself.",
    "  canonical_quantities = merge(",
    "    { for q in local.quantity_inputs : q => q },",
    "    local.decimal_canonical,",
    "    local.binary_canonical,",
    "  )",
  ];
}
