import { parseCloudInit, type CloudInitParse } from "../../../src/core/cloud-init";
import { DEBIAN_PASSWORDS, GITHUB_ED25519, UBUNTU_KEYS_ONLY } from "./user-data-examples";

type Failure = Extract<CloudInitParse, { ok: false }>;

function expectFailure(text: string): Failure {
  const result = parseCloudInit(text);
  if (result.ok) throw new Error(`expected a failure, got kind ${result.kind}`);
  return result;
}

describe("parseCloudInit: formats", () => {
  it("parses a realistic Ubuntu #cloud-config into its mapping", () => {
    const result = parseCloudInit(UBUNTU_KEYS_ONLY);
    expect(result.ok && result.kind).toBe("cloud-config");
    if (!result.ok || !result.config) throw new Error("expected a config");
    expect(result.config.hostname).toBe("web-01");
    expect(result.config.packages).toEqual(["nginx", "docker.io", "unattended-upgrades"]);
    expect(result.config.users).toEqual([
      "default",
      expect.objectContaining({ name: "deploy", lock_passwd: true, groups: ["sudo", "docker"] }),
    ]);
    expect(result.config.runcmd).toContainEqual(["systemctl", "restart", "ssh"]);
  });

  it("parses a document with passwords too (finding them is another concern)", () => {
    expect(parseCloudInit(DEBIAN_PASSWORDS)).toMatchObject({ ok: true, kind: "cloud-config" });
  });

  it.each([
    ["a shell script", "#!/bin/bash\napt-get update\n", "script"],
    ["a python script", "#!/usr/bin/env python3\nprint('hi')\n", "script"],
    ["a MIME multipart", 'Content-Type: multipart/mixed; boundary="==BOUNDARY=="\nMIME-Version: 1.0\n', "mime"],
    ["a MIME multipart starting with MIME-Version", "MIME-Version: 1.0\nContent-Type: multipart/mixed\n", "mime"],
    ["an include list", "#include\nhttps://example.com/user-data.yaml\n", "include"],
    ["an include-once list", "#include-once\nhttps://example.com/a\n", "include"],
    ["a jinja cloud-config", "## template: jinja\n#cloud-config\nhostname: {{ ds.meta_data.name }}\n", "jinja"],
    ["a jinja script", "## template: jinja\n#!/bin/sh\necho {{ v1.instance_id }}\n", "jinja"],
    ["an empty string", "", "empty"],
    ["whitespace only", "  \n\n\t\n", "empty"],
    ["text without a header", "hostname: web\npackages: [nginx]\n", "unknown"],
    ["a cloud-config archive", "#cloud-config-archive\n- type: text/cloud-config\n", "cloud-config-archive"],
    ["a boothook", "#cloud-boothook\n#!/bin/sh\necho hi\n", "boothook"],
    ["a part handler", "#part-handler\ndef list_types():\n    return []\n", "part-handler"],
    ["a cloud-config JSON patch", '#cloud-config-jsonp\n[{ "op": "add", "path": "/runcmd", "value": [] }]\n', "cloud-config-jsonp"],
    ["a single MIME part", "Content-Type: text/x-shellscript\nMIME-Version: 1.0\n\necho hi\n", "mime"],
    ["MIME after a comment line (cloud-init looks for mime-version: in the first 4096 bytes)", "X-Note: built by hand\nMIME-Version: 1.0\n", "mime"],
    ["gzip-compressed user data", "\u001f\u008b\b\u0000\u0000\u0000", "gzip"],
    ["a comment that only looks like a header", "#cloud-configuration\nhostname: web\n", "unknown"],
  ])("classifies %s", (_name, text, kind) => {
    expect(parseCloudInit(text)).toEqual({ ok: true, kind });
  });

  it("does not parse a jinja template as YAML (the template syntax would not survive)", () => {
    const jinja = "## template: jinja\n#cloud-config\nusers: {% for u in users %}\n";
    expect(parseCloudInit(jinja)).toEqual({ ok: true, kind: "jinja" });
  });

  it("returns an empty config for a header-only document", () => {
    expect(parseCloudInit("#cloud-config\n")).toEqual({ ok: true, kind: "cloud-config", config: {} });
    expect(parseCloudInit("#cloud-config\n# nothing yet\n")).toEqual({ ok: true, kind: "cloud-config", config: {} });
  });

  it("accepts CRLF line endings and trailing spaces after the header", () => {
    const result = parseCloudInit("#cloud-config  \r\nhostname: web\r\npackages:\r\n  - git\r\n");
    expect(result).toEqual({ ok: true, kind: "cloud-config", config: { hostname: "web", packages: ["git"] } });
  });
});

describe("parseCloudInit: header mistakes", () => {
  it("rejects #cloud-config after blank lines, pointing at it", () => {
    expect(expectFailure("\n\n#cloud-config\nhostname: web\n")).toEqual({
      ok: false,
      kind: "cloud-config",
      message: "#cloud-config must be on the very first line: remove the 2 blank line(s) before it",
      line: 3,
      column: 1,
    });
  });

  it("rejects an indented #cloud-config", () => {
    expect(expectFailure("  #cloud-config\nhostname: web\n")).toMatchObject({
      message: "#cloud-config must start at the beginning of the first line: remove the spaces before it",
      line: 1,
      column: 3,
    });
  });

  it("rejects #cloud-config below other content", () => {
    expect(expectFailure("---\n#cloud-config\nhostname: web\n")).toMatchObject({
      message: "#cloud-config must be the very first line, but it is on line 2",
      line: 2,
      column: 1,
    });
  });

  it.each(["# cloud-config", "#Cloud-Config", "#cloud_config", "#cloudconfig"])("rejects the near miss %j", (header) => {
    expect(expectFailure(`${header}\nhostname: web\n`)).toMatchObject({ kind: "cloud-config", line: 1, column: 1 });
  });

  it("rejects a byte-order mark, which hides the header from cloud-init", () => {
    expect(expectFailure("\uFEFF#cloud-config\nhostname: web\n")).toMatchObject({
      kind: "cloud-config",
      line: 1,
      message: expect.stringMatching(/byte-order mark/),
    });
  });

  it("requires a jinja template to name its format on line 2", () => {
    expect(expectFailure("## template: jinja\nhostname: {{ x }}\n")).toMatchObject({ kind: "jinja", line: 2 });
  });
});

describe("parseCloudInit: YAML as cloud-init (PyYAML, YAML 1.1) reads it", () => {
  function config(body: string): Record<string, unknown> {
    const result = parseCloudInit(`#cloud-config\n${body}`);
    if (!result.ok || !result.config) throw new Error(result.ok ? "no config" : result.message);
    return result.config;
  }

  it("reads yes/no/on/off as booleans and 0644 as octal", () => {
    expect(config("a: yes\nb: No\nc: on\nd: OFF\ne: 0644\n")).toEqual({ a: true, b: false, c: true, d: false, e: 420 });
  });

  it("keeps y and n as strings, as PyYAML does", () => {
    expect(config("y: n\nanswer: Y\n")).toEqual({ y: "n", answer: "Y" });
  });

  it("resolves anchors, aliases and merge keys", () => {
    expect(config("base: &base {shell: /bin/bash}\nuser:\n  <<: *base\n  name: bob\n")).toEqual({
      base: { shell: "/bin/bash" },
      user: { shell: "/bin/bash", name: "bob" },
    });
  });
});

describe("parseCloudInit: YAML errors", () => {
  it("reports a tab used for indentation at its line", () => {
    const text = "#cloud-config\nusers:\n  - name: bob\n\tshell: /bin/bash\n";
    expect(expectFailure(text)).toEqual({
      ok: false,
      kind: "cloud-config",
      message: "invalid YAML: a tab is used for indentation; YAML allows only spaces",
      line: 4,
      column: 1,
    });
  });

  it("reports a duplicate key by name and position", () => {
    const text = "#cloud-config\npackages: [git]\nhostname: web\npackages: [vim]\n";
    expect(expectFailure(text)).toMatchObject({
      message: 'duplicate key "packages": each key may appear only once in a mapping',
      line: 4,
      column: 1,
    });
  });

  it("reports a duplicate key inside a user", () => {
    const text = "#cloud-config\nusers:\n  - name: bob\n    shell: /bin/sh\n    shell: /bin/bash\n";
    expect(expectFailure(text)).toMatchObject({ line: 5, column: 5, message: expect.stringContaining('"shell"') });
  });

  it("reports bad indentation", () => {
    const text = "#cloud-config\nusers:\n  - name: bob\n   groups: sudo\n";
    expect(expectFailure(text)).toMatchObject({ kind: "cloud-config", line: 4 });
  });

  it("rejects a list or a scalar at the top", () => {
    expect(expectFailure("#cloud-config\n- nginx\n- git\n")).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringMatching(/must be a mapping/),
    });
    expect(expectFailure("#cloud-config\n\njust text\n")).toMatchObject({ line: 3, column: 1 });
  });

  it("rejects several YAML documents", () => {
    expect(expectFailure("#cloud-config\nhostname: a\n---\nhostname: b\n")).toMatchObject({
      line: 3,
      message: expect.stringMatching(/single YAML document/),
    });
  });

  it("rejects an alias without its anchor, and alias bombs", () => {
    expect(expectFailure("#cloud-config\nusers: *admins\n")).toMatchObject({ line: 2, column: 8 });
    const bomb = [
      "#cloud-config",
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    expect(expectFailure(bomb).message).toMatch(/too many alias expansions/);
  });

  it("rejects unknown tags, which PyYAML's safe_load refuses", () => {
    expect(expectFailure("#cloud-config\nruncmd: !!python/object:os.system [id]\n")).toMatchObject({
      line: 2,
      message: expect.stringMatching(/unknown tag/),
    });
  });

  it("never quotes the document in an error message", () => {
    const broken = [
      '#cloud-config\npassword: "Tr0ub4dor&3\\q"\n', // bad escape
      "#cloud-config\npassword: Tr0ub4dor&3: x\n", // nested mapping
      '#cloud-config\npassword: "Tr0ub4dor&3\nhostname: x\n', // unterminated quote
      "#cloud-config\nusers: [{name: a, passwd: Tr0ub4dor&3\n", // unterminated flow
      "#cloud-config\npassword: Tr0ub4dor&3\npassword: Tr0ub4dor&3\n", // duplicate
      "#cloud-config\n\tpassword: Tr0ub4dor&3\n", // tab
    ];
    for (const text of broken) {
      const failure = expectFailure(text);
      expect(failure.message).not.toContain("Tr0ub4dor");
      expect(failure.message).not.toContain("\n");
    }
  });

  it("keeps public keys in ssh_authorized_keys as plain strings", () => {
    const result = parseCloudInit(`#cloud-config\nssh_authorized_keys:\n  - ${GITHUB_ED25519}\n`);
    expect(result).toEqual({ ok: true, kind: "cloud-config", config: { ssh_authorized_keys: [GITHUB_ED25519] } });
  });
});
