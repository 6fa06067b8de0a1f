import { alignAssignments, generatedHeader } from "./hcl-format";
import { CLOUD_CONFIG_HEADER } from "./field-checks";
import { asciiCaseless, hclRegex, JS_SPACE } from "./js-regex-hcl";

/**
 * `password-login.tf`: HK004 (SSH keys only) in HCL, the port of findPasswordLogin
 * (src/core/cloud-init/password-login.ts) and of the patterns of sshd-password-settings.ts,
 * setting for setting. yamldecode reads YAML 1.1 booleans as cloud-init's PyYAML does except
 * y/Y/n/N (booleans to yamldecode, strings to PyYAML): those values are quoted first.
 */
const S = JS_SPACE;
const NOT_LINE_END = "[^\\n\\r\\x{2028}\\x{2029}]";

/** ENABLING_SETTING. */
const ENABLING = `\\b(?:${["PasswordAuthentication", "KbdInteractiveAuthentication", "ChallengeResponseAuthentication"].map(asciiCaseless).join("|")})(?:${S}*=${S}*|${S}+)["']?${asciiCaseless("yes")}\\b`;

/** SED_SUBSTITUTION (a back-reference to the delimiter in JavaScript): one alternative per delimiter, two groups each. */
const SED_DELIMITERS = ["/", "|", "#", ",", ":", "@", "!"];
const SED = `\\bs(?:${SED_DELIMITERS.map((d) => {
  const part = `((?:\\\\${NOT_LINE_END}|[^\\\\${"\\" + d}])*)`;
  return `\\${d}${part}\\${d}${part}\\${d}`;
}).join("|")})[gpiImMe0-9]*`;
/** Only the replacement of a sed substitution is written: ` $2$4... ` (unmatched groups are empty). */
const SED_REPLACEMENT = ` ${SED_DELIMITERS.map((_, i) => `$\${${2 * i + 2}}`).join("")} `;

/** commandSetsPassword. */
const SETS_PASSWORD = [
  `(?:^|[|;&]${S}*|\\bsudo${S}+)chpasswd\\b`,
  `\\busermod\\b[^;|&]*${S}(?:-p|--password)(?:${S}|=)`,
  `\\|${S}*(?:sudo${S}+)?passwd\\b`,
  `\\bpasswd\\b[^;|&]*${S}--stdin\\b`,
].join("|");

/** isTrue / isFalse over strings (booleans and numbers print as true/false/1/0 in HCL). */
const TRUE_TEXT = `^${S}*(?:${["true", "yes", "on"].map(asciiCaseless).join("|")}|1)${S}*$`;
const FALSE_TEXT = `^${S}*(?:${["false", "no", "off"].map(asciiCaseless).join("|")}|0)${S}*$`;

/** y/n values of the two boolean settings, which PyYAML reads as strings: quoted before yamldecode. */
const YN_VALUE = `(?m)((?:^|[ \\t{,])["']?(?:ssh_pwauth|lock_passwd)["']?[ \\t]*:[ \\t]+)([yYnN])([ \\t]*(?:$|[,}\\]#]))`;

// Value tests, each an HCL expression over `v` that never fails.
// A string: equal to its own text (a number or bool differs from its text in type, a list or map has none).
const isString = (v: string) => `try(${v} != null && ${v} == tostring(${v}), false)`;
const isRecord = (v: string) => `can(keys(${v}))`;
const isList = (v: string) => `try(!can(keys(${v})) && !can(tostring(${v})) && length(${v}) >= 0, false)`;
const hasValue = (v: string) => `try(${v} != null && ${v} != "", false)`;
const isTrue = (v: string) => `try(${v} == true || can(regex(${hclRegex(TRUE_TEXT)}, ${v})), false)`;
const isFalse = (v: string) => `try(${v} == false || can(regex(${hclRegex(FALSE_TEXT)}, ${v})), false)`;

const userIssues = (u: string) =>
  `${isRecord(u)} && anytrue([${["passwd", "hashed_passwd", "plain_text_passwd"].map((f) => hasValue(`${u}.${f}`)).join(", ")}, ${isFalse(`${u}.lock_passwd`)}])`;

export function passwordLoginTf(): string {
  const lines = [
    generatedHeader("src/core/cloud-init (see src/generate/hcl/password-login-tf.ts)").trimEnd(),
    "",
    "locals {",
    "  # The cloud-init texts read here: every VM's on the exact path, the fast path's suspects on the fast path (inputs.tf).",
    "  password_login_inputs = merge({ for name in local.fast_password_suspects : name => var.instances[name].cloud_init }, { for name, instance in local.instances : name => instance.cloud_init })",
    "",
    "  # Each #cloud-config, decoded as cloud-init reads it (null for a comment-only document or YAML that does not parse).",
    "  password_login_configs = {",
    `    for name, text in local.password_login_inputs : name => try(yamldecode(replace(text, ${hclRegex(`/${YN_VALUE}/`)}, "$\${1}\\"$\${2}\\"$\${3}")), null)`,
    `    if can(regex(${hclRegex(CLOUD_CONFIG_HEADER)}, text))`,
    "  }",
    "",
    "  # runcmd and bootcmd items: a string, or an argv list of strings joined by spaces (a number or bool as text matches no pattern).",
    "  password_login_commands = {",
    "    for name, c in local.password_login_configs : name => flatten([",
    // The list test once per key, not once per item (fleet scale).
    "      for key in [\"bootcmd\", \"runcmd\"] : try([",
    `        for item in c[key] : try([tostring(item)], alltrue([for p in item : ${isString("p")}]) ? [join(" ", item)] : [], [])`,
    `      ], []) if ${isList("c[key]")}`,
    "    ])",
    "  }",
    "",
    "  # write_files into sshd_config(.d): text, or base64 decoded (gzip cannot be read here, nor base64 that Terraform refuses).",
    "  password_login_files = {",
    "    for name, c in local.password_login_configs : name => flatten(try([",
    `      for f in c.write_files : try(${isRecord("f")} && can(regex("sshd_config", f.path)) && ${isString("f.path")} && ${isString("f.content")}, false) ? [`,
    `        contains(["b64", "base64"], try(${isString("f.encoding")} ? lower(f.encoding) : "text/plain", "text/plain")) ? try(base64decode(f.content), null) : can(regex("gz", try(${isString("f.encoding")} ? lower(f.encoding) : "text/plain", "text/plain"))) ? null : f.content`,
    `      ] : [] if ${isList("c.write_files")}`,
    "    ], []))",
    "  }",
    "",
    "  password_login = {",
    "    for name, c in local.password_login_configs : name => anytrue([",
    `      ${isTrue("c.ssh_pwauth")},`,
    `      ${hasValue("c.password")},`,
    `      try(${hasValue("c.chpasswd")} && (!${isRecord("c.chpasswd")} || ${isString("c.chpasswd.list")} && can(regex(${hclRegex(`[^${S.slice(1, -1)}]`)}, c.chpasswd.list)) || try(${isList("c.chpasswd.list")} && length(c.chpasswd.list) > 0, false) || try(${isList("c.chpasswd.users")} && length(c.chpasswd.users) > 0, false) || try(contains(keys(c.chpasswd), "expire"), false)), false),`,
    `      anytrue(try([for u in c.users : ${userIssues("u")}], [])),`,
    `      try(${userIssues("c.system_info.default_user")}, false),`,
    // HCL's && evaluates both sides: the for-if runs the large sed and sshd patterns only on a command naming sshd_config.
    `      anytrue([for cmd in local.password_login_commands[name] : anytrue([for ok in [can(regex("sshd_config", cmd))] : can(regex(${hclRegex(ENABLING)}, replace(cmd, ${hclRegex(`/${SED}/`)}, ${hclRegex(SED_REPLACEMENT)}))) if ok]) || can(regex(${hclRegex(SETS_PASSWORD)}, cmd))]),`,
    `      anytrue([for text in local.password_login_files[name] : anytrue([for line in split("\\n", text) : !startswith(replace(line, ${hclRegex(`/^${S}+/`)}, ""), "#") && can(regex(${hclRegex(ENABLING)}, line))]) if text != null]),`,
    "    ])",
    "  }",
    "}",
    "",
  ];
  return alignAssignments(lines.join("\n"));
}
