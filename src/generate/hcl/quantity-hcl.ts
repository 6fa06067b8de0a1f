/**
 * Kubernetes quantities in HCL. HCL has no user functions and its numbers are binary floats,
 * so the module accepts the quantity forms whose canonical text it can compute exactly (by
 * string manipulation for decimal forms, by integer arithmetic for binary ones) and rejects
 * the rest with a message; every accepted form canonicalises exactly as formatQuantity does.
 */

export const BINARY_SUFFIXES = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"] as const;
export const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18, m: -3 };
/** At most 6 decimals: with `m` that is 10^-9 (nano), below which Kubernetes rounds. */
const MAX_DECIMALS = 6;

/** The accepted forms, as a regular expression (RE2 and JavaScript alike). */
export const QUANTITY_FORM = `^(?:[0-9]+(?:${BINARY_SUFFIXES.join("|")})|(?:[0-9]+(?:\\.[0-9]{0,${MAX_DECIMALS}})?|\\.[0-9]{1,${MAX_DECIMALS}})(?:${Object.keys(DECIMAL_SUFFIXES).filter(Boolean).join("|")})?)$`;

/** Integer part, decimals and suffix of an accepted form. */
export const QUANTITY_PARTS = `^([0-9]*)(?:\\.([0-9]*))?(${[...BINARY_SUFFIXES, ...Object.keys(DECIMAL_SUFFIXES).filter(Boolean)].join("|")})?$`;

export const QUANTITY_FORMS_TEXT = `an integer with a binary suffix (${BINARY_SUFFIXES.join(", ")}), or a decimal number with at most ${MAX_DECIMALS} decimals and an optional ${Object.keys(DECIMAL_SUFFIXES)
  .filter(Boolean)
  .join(", ")} suffix, e.g. 20Gi, 512Mi, 2, 500m`;

/** Binary quantities are capped by Kubernetes at 2^63-1 bytes; the module refuses larger ones. */
export const MAX_BINARY_QUANTITY = "9223372036854775807";

/** Lines of the `locals` block body (indented by two) that compute `local.canonical_quantities`. */
export function canonicalQuantityLocals(inputsExpression: string[]): string[] {
  const decimalSuffixes = Object.entries(DECIMAL_SUFFIXES)
    .map(([suffix, exponent]) => `${suffix === "" ? '""' : suffix} = ${exponent}`)
    .join(", ");
  const suffixByExponent = Object.entries(DECIMAL_SUFFIXES)
    .sort((a, b) => a[1] - b[1])
    .map(([suffix, exponent]) => `"${exponent}" = "${suffix}"`)
    .join(", ");
  return [
    "  # Every quantity given, in the form written.",
    "  quantity_inputs = toset(compact(flatten([",
    ...inputsExpression.map((line) => `    ${line},`),
    "  ])))",
    "",
    "  # Binary forms: integer x 1024^power; decimal forms: digits x 10^exponent.",
    `  binary_powers         = { ${BINARY_SUFFIXES.map((s, i) => `${s} = ${i + 1}`).join(", ")} }`,
    `  binary_suffixes       = ["", ${BINARY_SUFFIXES.map((s) => `"${s}"`).join(", ")}]`,
    `  decimal_exponents     = { ${decimalSuffixes} }`,
    `  decimal_suffix_of_exp = { ${suffixByExponent}, "-9" = "n", "-6" = "u" }`,
    `  quantity_parts        = { for q in local.quantity_inputs : q => try(regex(${JSON.stringify(QUANTITY_PARTS)}, q), null) }`,
    "",
    "  # Binary: the largest power of 1024 that divides the value (Kubernetes prints 1024Mi as 1Gi).",
    "  binary_values = {",
    "    for q, p in local.quantity_parts : q => tonumber(p[0]) * pow(1024, local.binary_powers[p[2]])",
    '    if try(contains(keys(local.binary_powers), p[2]) && p[1] == null && p[0] != "", false)',
    "  }",
    "  binary_canonical = {",
    "    for q, v in local.binary_values : q => v == 0 ? \"0\" : \"${v / pow(1024, max([for j in range(7) : j if v % pow(1024, j) == 0]...))}${local.binary_suffixes[max([for j in range(7) : j if v % pow(1024, j) == 0]...)]}\"",
    "  }",
    "",
    "  # Decimal: digits without leading or trailing zeros, exponent lowered to a multiple of 3 (1000 is 1k, 0.5 is 500m).",
    "  decimal_forms = {",
    "    for q, p in local.quantity_parts : q => {",
    '      digits = replace("${p[0]}${p[1] == null ? "" : p[1]}", "/^0+/", "")',
    '      scale  = local.decimal_exponents[p[2] == null ? "" : p[2]] - length(p[1] == null ? "" : p[1])',
    '    } if try(!contains(keys(local.binary_powers), p[2] == null ? "" : p[2]), false)',
    "  }",
    "  decimal_normal = {",
    "    for q, f in local.decimal_forms : q => {",
    '      mantissa = trim(f.digits, "0")',
    '      exponent = f.scale + length(f.digits) - length(trim(f.digits, "0"))',
    '    } if f.digits != ""',
    "  }",
    "  decimal_canonical = {",
    '    for q, n in local.decimal_normal : q => "${n.mantissa}${substr("00", 0, (n.exponent % 3 + 3) % 3)}${lookup(local.decimal_suffix_of_exp, tostring(n.exponent - (n.exponent % 3 + 3) % 3), "e${n.exponent - (n.exponent % 3 + 3) % 3}")}"',
    "  }",
    "",
    "  # Input text -> canonical text; a form the variable validation rejected maps to itself.",
    "  canonical_quantities = merge(",
    "    { for q in local.quantity_inputs : q => q },",
    '    { for q, f in local.decimal_forms : q => "0" if f.digits == "" },',
    "    local.decimal_canonical,",
    "    local.binary_canonical,",
    "  )",
  ];
}
