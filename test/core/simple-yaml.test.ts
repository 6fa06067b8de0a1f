import fc from "fast-check";
import { isDeepStrictEqual } from "util";
import { isMap, parseDocument } from "yaml";
import { cloudInit } from "../../bench/fleet";
import { cloudConfigYamlOptions, parseCloudConfigYaml } from "../../src/core/cloud-init/cloud-config-yaml";
import { readSimpleYaml } from "../../src/core/simple-yaml/simple-yaml";
import { UBUNTU_KEYS_ONLY, DEBIAN_PASSWORDS } from "./cloud-init/user-data-examples";

// The fast reader must give exactly what the yaml package gives, or give up (undefined).
const OPTIONS = cloudConfigYamlOptions();
const fast = (text: string) => readSimpleYaml(text, OPTIONS);
/** The yaml package's reading, as parseCloudConfigYaml's slow path does it. */
function full(text: string): { ok: boolean; value: unknown } {
  const doc = parseDocument(text, OPTIONS);
  const ok = doc.errors.length === 0 && !doc.warnings.some((w) => w.code === "TAG_RESOLVE_FAILED") && (doc.contents === null || isMap(doc.contents));
  try {
    return { ok, value: ok ? doc.toJS() : undefined };
  } catch {
    return { ok: false, value: undefined };
  }
}

describe("the fast #cloud-config reader", () => {
  test("reads the bench fleet's cloud-configs (packages, users, write_files, runcmd) as the yaml package does", () => {
    for (let i = 0; i < 50; i++) {
      const text = cloudInit(i);
      const value = fast(text);
      expect(value).toBeDefined();
      expect(value).toEqual(full(text).value);
    }
  });

  test("types plain scalars with the same YAML 1.1 (PyYAML) rules; quoted scalars stay strings", () => {
    const text = [
      "#cloud-config",
      "a: yes",
      "b: off",
      "c: y",
      "d: 0644",
      "e: '0644'",
      'f: "0644"',
      "g: 1_000",
      "h: ~",
      "i:",
      "j: 190:20:30",
      "k: 1.50",
      "l: 2001-12-14",
      "m: -1",
      "n: 0x1F",
      "o: it's # a comment",
      "p: 'it''s'",
      'q: "tab\\tquote\\" slash\\/ backslash\\\\"',
      "r: a#b",
      "s: [1, 'two', \"3\", on, ~]",
      "t: []",
      "",
    ].join("\n");
    const value = fast(text);
    expect(value).toEqual(full(text).value);
    expect(value).toMatchObject({ a: true, b: false, c: "y", d: 420, e: "0644", f: "0644", g: 1000, h: null, i: null, j: 685230, k: 1.5, m: -1, n: 31 });
    expect(value).toMatchObject({ o: "it's", p: "it's", q: 'tab\tquote" slash/ backslash\\', r: "a#b", s: [1, "two", "3", true, null], t: [] });
    expect((value as { l: unknown }).l).toBeInstanceOf(Date);
  });

  test("reads nesting as YAML does: compact mappings in lists, lists at their key's column, literal blocks", () => {
    const text = [
      "#cloud-config",
      "users:",
      "- name: a",
      "  groups:",
      "  - sudo",
      "  # a comment between keys",
      "  shell: /bin/sh",
      "-   name: b",
      "    ssh_authorized_keys:",
      "        - k1",
      "write_files:",
      "  - path: /x",
      "    content: |",
      "",
      "      line 1",
      "        indented",
      "",
      "      line 3",
      "",
      "  - path: /y",
      "    content: |-",
      "      no newline",
      "  - |",
      "    a literal item",
      "runcmd:",
      "  - [sh, -c, 'echo a, b']",
      "empty: |",
      "last: x",
      "",
    ].join("\n");
    const value = fast(text);
    expect(value).toEqual(full(text).value);
    expect(value).toMatchObject({
      users: [{ name: "a", groups: ["sudo"], shell: "/bin/sh" }, { name: "b", ssh_authorized_keys: ["k1"] }],
      write_files: [{ path: "/x", content: "\nline 1\n  indented\n\nline 3\n" }, { path: "/y", content: "no newline" }, "a literal item\n"],
      runcmd: [["sh", "-c", "echo a, b"]],
      empty: "",
    });
  });

  test.each([
    ["an anchor", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a folded block", "a: >\n  folded\n"],
    ["a keep block", "a: |+\n  kept\n\n"],
    ["an indentation indicator", "a: |2\n   x\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["a multi-line quoted scalar", 'a: "one\n  two"\n'],
    ["a flow mapping", "a: {b: 1}\n"],
    ["a nested flow sequence", "a: [[1]]\n"],
    ["a tab", "a:\tb\n"],
    ["a carriage return", "a: b\r\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a merge key", "<<: {a: 1}\n"],
    ["a quoted key", '"a": 1\n'],
    ["a boolean key", "on: 1\n"],
    ["__proto__", "__proto__: 1\n"],
    ["a compact mapping in a value", "a: b: c\n"],
    ["a Bearer header in a plain list item (a mapping to YAML)", '- curl -H "Authorization: Bearer x"\n'],
    ["a top-level list", "- a\n"],
    ["a document marker", "a: 1\n---\nb: 2\n"],
    ["an unknown escape", 'a: "\\x41"\n'],
    ["a dash alone", "a:\n  -\n    b\n"],
    ["a literal block at the end without a line break", "a: |\n  x"],
    ["odd indentation", "a:\n    b: 1\n  c: 2\n"],
    ["an empty document", "#cloud-config\n"],
  ])("gives up on %s (the yaml package reads it)", (_what, body) => {
    expect(fast(`#cloud-config\n${body}`)).toBeUndefined();
  });

  test("parseCloudConfigYaml gives the same results with the fast reader as without (examples, errors)", () => {
    for (const text of [UBUNTU_KEYS_ONLY, DEBIAN_PASSWORDS, cloudInit(7), "#cloud-config\na: 1\na: 2\n", "#cloud-config\na:\tb\n", "#cloud-config\n- a\n"]) {
      const parsed = parseCloudConfigYaml(text);
      const reference = full(text);
      expect(parsed.ok).toBe(reference.ok);
      if (parsed.ok) expect(parsed.config).toEqual(reference.value);
    }
  });

  // Random texts near the subset's edges: built from YAML pieces, then mutated. Whenever the fast
  // reader answers, the yaml package must accept the text and give the same value.
  const settings = { seed: Number(process.env.FC_SEED ?? 20261201), numRuns: Number(process.env.FC_RUNS ?? 4000) };
  const plainScalar = fc.constantFrom("x", "nginx", "/bin/bash", "22/tcp", "--force", "a#b", "it's", "a  b", "é", "echo [x] {y}", "x # c", "0", "ufw allow 443/tcp", "'q'", '"d"', "[a, b]", "[]", "[ 'x, y', z ]");
  const trickyScalar = fc.constantFrom(
    "yes", "No", "on", "OFF", "y", "n", "true", "~", "null", "0644", "0o17", "1_000", "-5", "+3", "0x1f", "0b101", "1.5", "1.50", ".inf", "-.Inf", ".nan", "1e3",
    "190:20:30", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "a #b", "'it''s'", '"a\\tb"', '"\\x41"', "a: b", "a:", ":a", "-a", "- a",
    "[a,b,]", "{a: 1}", "&a x", "*a", "!!str 1", "|", "|-", "|+", ">", "%x", "@x", "`x`", "?x", "00", "1:2", "[a: b]", "[a #b]", '"unclosed', "'a'b'",
  );
  const scalar = fc.oneof({ arbitrary: plainScalar, weight: 3 }, { arbitrary: trickyScalar, weight: 1 });
  const key = fc.oneof({ arbitrary: fc.constantFrom("a", "b", "name", "runcmd", "k", "a.b", "a-b", "_k", "y"), weight: 5 }, { arbitrary: fc.constantFrom("on", "1", "<<", '"q"', "a b", "null", "__proto__"), weight: 1 });
  const indentWidth = fc.constantFrom(1, 2, 3, 4);
  type Tree = { kind: "scalar"; value: string } | { kind: "map"; entries: [string, Tree][] } | { kind: "seq"; items: Tree[] } | { kind: "literal"; header: string; lines: string[] };
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "medium", withCrossShrink: true },
      scalar.map((value) => ({ kind: "scalar" as const, value })),
      fc.record({ kind: fc.constant("literal" as const), header: fc.constantFrom("|", "|-", "| # c"), lines: fc.array(fc.constantFrom("text", "", "  more", "# not a comment", "a: b", "- x"), { maxLength: 4 }) }),
      fc.record({ kind: fc.constant("map" as const), entries: fc.array(fc.tuple(key, tie("tree")), { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant("seq" as const), items: fc.array(tie("tree"), { minLength: 1, maxLength: 3 }) }),
    ),
  })).tree;

  function render(node: Tree, indent: number, width: number, out: string[], prefix: string): void {
    const pad = " ".repeat(indent);
    if (node.kind === "scalar") return void out.push(`${prefix}${node.value}`);
    if (node.kind === "literal") {
      out.push(`${prefix}${node.header}`);
      for (const line of node.lines) out.push(line === "" ? "" : `${pad}${" ".repeat(width)}${line}`);
      return;
    }
    if (node.kind === "map") {
      node.entries.forEach(([k, v], i) => {
        const head = i === 0 ? prefix : pad;
        if (v.kind === "map" || v.kind === "seq") {
          out.push(`${head}${k}:`);
          render(v, indent + width, width, out, " ".repeat(indent + width));
        } else render(v, indent, width, out, `${head}${k}: `);
      });
      return;
    }
    node.items.forEach((item, i) => {
      const head = `${i === 0 ? prefix : pad}- `;
      if (item.kind === "map") render(item, indent + 2, width, out, head);
      else if (item.kind === "seq") {
        out.push(`${head.trimEnd()}`);
        render(item, indent + width, width, out, " ".repeat(indent + width));
      } else render(item, indent + 2, width, out, head);
    });
  }

  const mutation = fc.record({ kind: fc.constantFrom("none", "none", "none", "insert", "delete", "indent", "dedent", "duplicate"), at: fc.nat(), char: fc.constantFrom(" ", "#", ":", "-", "'", '"', "[", "]", ",", "|", "\n", "x", "&", "*", "!", "{") });

  function mutate(text: string, m: { kind: string; at: number; char: string }): string {
    const lines = text.split("\n");
    const line = m.at % Math.max(1, lines.length);
    const offset = m.at % Math.max(1, text.length);
    switch (m.kind) {
      case "insert":
        return text.slice(0, offset) + m.char + text.slice(offset);
      case "delete":
        return text.slice(0, offset) + text.slice(offset + 1);
      case "indent":
        lines[line] = ` ${lines[line]}`;
        return lines.join("\n");
      case "dedent":
        lines[line] = lines[line].replace(/^ /, "");
        return lines.join("\n");
      case "duplicate":
        lines.splice(line, 0, lines[line]);
        return lines.join("\n");
      default:
        return text;
    }
  }

  test("on random texts near the subset's edges it answers only when the yaml package agrees", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 6 }), indentWidth, mutation, mutation, (entries, width, m1, m2) => {
        const out = ["#cloud-config"];
        render({ kind: "map", entries }, 0, width, out, "");
        const text = mutate(mutate(`${out.join("\n")}\n`, m1), m2);
        const value = fast(text);
        if (value === undefined) return;
        answered++;
        const reference = full(text);
        if (!reference.ok || !isDeepStrictEqual(value, reference.value)) {
          throw new Error(`fast reader disagrees on:\n${text}\nfast: ${JSON.stringify(value)}\nyaml: ${reference.ok ? JSON.stringify(reference.value) : "an error"}`);
        }
      }),
      settings,
    );
    // The generator must exercise the fast path, not only the fallback.
    expect(answered).toBeGreaterThan(settings.numRuns / 20);
  });
});
