/**
 * The one list of what modules/manifests decides differently from the library, read by the
 * differential tests (a difference they find must match an entry here, or the test fails) and
 * by the module's README (the section "What this module cannot check"). The module never
 * refuses what the library accepts and never renders differently: every entry is a check the
 * module leaves to `hikube-vm plan-check`, which runs the library on the plan.
 */
export interface HclDifference {
  readonly id: string;
  /** What the module leaves unchecked, for the README. */
  readonly text: string;
  /** The library findings (errors) this covers: by validation code or rule id, and path. */
  readonly library: { readonly code?: string; readonly ruleId?: RegExp; readonly path?: RegExp; readonly message?: RegExp };
}

export const HCL_DIFFERENCES: readonly HclDifference[] = [
  {
    id: "ssh-key-body",
    text: "SSH public key bodies: the module checks the shape (`[options] type AAAA... [comment]`) and refuses private keys (PEM, PuTTY, a bare OpenSSH body), but not the base64 and wire encoding, key sizes, placeholders, multi-line values, DSA keys or the validity of authorized_keys options.",
    library: { code: "ssh-key", path: /^spec\.sshKeys\[\d+\]$/ },
  },
  {
    id: "cloud-init-content",
    text: "cloud-init beyond YAML syntax: header mistakes (a byte-order mark, `# cloud-config`, `#cloud-config` below the first line), the 1 MiB limit, YAML that Terraform's yamldecode reads but cloud-init's loader refuses (unknown tags, aliases past the limit, nesting depth) and jinja templates.",
    library: { code: "cloud-init", path: /^spec\.cloudInit$/ },
  },
  {
    id: "url-beyond-scheme",
    text: "URLs beyond their scheme: the module requires http: or https: (as the URL parser reads it, so `http:/host` is valid) but leaves the host and the rest of the URL syntax to the library.",
    library: { code: "url", path: /^spec\.source\.http\.url$/ },
  },
  {
    id: "terraform-conversions",
    text: 'Terraform\'s own conversions: a number or a bool written as a string (`external_ports = ["22"]`, `external = "true"`) is converted, where the library wants the JSON type.',
    library: { code: "type", message: /^expected (?:an integer|true or false), got a string / },
  },
  {
    id: "duplicate-resource",
    text: "A resource declared twice: a Terraform map holds one entry per name (a repeated key in HCL source is a Terraform error; in JSON the last one wins).",
    library: { code: "duplicate-resource" },
  },
  {
    id: "hk004-unreadable",
    text: "HK004 where HCL cannot read the text: write_files content in base64 that Terraform's base64decode refuses (bad padding, not UTF-8) or gzip, runcmd/bootcmd argv lists mixing strings and other values, and a #cloud-config with complex keys (`? [a, b]`), which yamldecode cannot read.",
    library: { ruleId: /^HK004$/, path: /^spec\.cloudInit$/ },
  },
  {
    id: "rules-not-in-hcl",
    text: "Policy rules HK005 and up (disks attached and declared, golden image sizes, ISO images, GPUs, secrets in cloud-init, RSA key sizes, deprecated catalog entries...) and waivers: only the CLI and the cdktf policy engine run them.",
    library: { ruleId: /^HK0(?:0[5-9]|1[0-35-9]|2\d)$/ },
  },
];

/** The README section: what the module cannot check, and the CI step that checks it. */
export function hclDifferencesMarkdown(): string {
  return [
    "The module refuses only what the library refuses, and renders exactly what the library renders.",
    "What it cannot decide in HCL it lets through; `hikube-vm plan-check` on the plan then runs the",
    "library's full validation and every policy rule:",
    "",
    ...HCL_DIFFERENCES.map((d) => `- ${d.text}`),
    "",
    "In CI, after the module's own checks (`terraform plan` fails on them):",
    "",
    "```sh",
    "terraform plan -out tfplan",
    "terraform show -json tfplan > plan.json",
    "npx hikube-vm plan-check --env production plan.json",
    "```",
  ].join("\n");
}
