// Any text in names, paths, values and messages, through every formatter: the output keeps its shape. Text
// outputs (terminal, CI log) have no control character, line separator or bidi override of the input, the same
// number of lines whatever the input, and no line a CI runner reads as a command; Markdown has the same lines, the
// same table cells, one <details> and nothing of the input as HTML, a link or a mention.
import fc from "fast-check";
import { formatFinding, type Finding } from "../../src/core/findings/finding";
import { findingLine, findingsText } from "../../src/cli/output/findings-text";
import { formatJson as diffJson, formatMarkdown, formatText as diffText } from "../../src/diff/format";
import type { Change, DiffResult } from "../../src/diff/model";
import { formatJson, formatJunit, formatSarif, formatText } from "../../src/report";

const settings = { seed: Number(process.env.FC_SEED ?? 20261205), numRuns: Number(process.env.FC_RUNS ?? 300) };

const NASTY = ["\u001b[2J", "\u001b]0;title\u0007", "\u0000", "\r", "\n", "\r\n", "\u2028", "\u2029", "\u202e", "\u2066", "\u200b", "\u0085", "\u009b31m", "\t", "\u007f",
  "::error::forged", "\n::error file=x::forged", "##[error]forged", "##vso[task.complete]", "| fake | row |", "\n| --- | --- |", "</details>", "<details>", "<script>", "<!--", "`", "```", "**b**", "[l](https://e.x)", "![i](x)", "@team", "https://e.x", "www.e.x", "# h", "\n- item", "&lt;", "\\", "_x_", "~~s~~", "\n\n</details>\n\n"];
const nasty = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 5 }).map((p) => p.join("") || "x"); // never empty: empty parts are left out by design

const finding = fc.record({ kind: nasty, name: nasty, namespace: nasty, path: nasty, message: nasty, suggestion: nasty, allowed: nasty, file: nasty, reason: nasty }).map(
  (t): Finding => ({ severity: "error", kind: t.kind, name: t.name, namespace: t.namespace, path: t.path, message: t.message, suggestion: t.suggestion, allowed: t.allowed, source: { file: t.file, line: 3, column: 4 }, waiver: { reason: t.reason } }),
);
const change = fc.record({ address: nasty, kind: nasty, namespace: nasty, name: nasty, stack: nasty, detail: nasty, movedFrom: nasty, path: nasty, before: nasty, after: nasty, message: nasty }).map(
  (t): Change => ({ stack: t.stack, address: t.address, kind: t.kind, namespace: t.namespace, name: t.name, action: "update", fields: [{ path: t.path, before: t.before, after: t.after }], risks: [{ type: "data-loss", severity: "error", message: t.message }], detail: t.detail, movedFrom: t.movedFrom }),
);
const BENIGN_FINDING: Finding = { severity: "error", kind: "k", name: "n", namespace: "ns", path: "p", message: "m", suggestion: "s", allowed: "a", source: { file: "f", line: 3, column: 4 }, waiver: { reason: "r" } };
const BENIGN_CHANGE: Change = { stack: "s", address: "a", kind: "k", namespace: "ns", name: "n", action: "update", fields: [{ path: "p", before: "b", after: "c" }], risks: [{ type: "data-loss", severity: "error", message: "m" }], detail: "d", movedFrom: "f" };

const summary = { errors: 1, warnings: 0, infos: 0, waived: 0, resources: 1, files: 1 };
const result = (c: Change): DiffResult => ({ changes: [c], summary: { create: 0, update: 1, replace: 0, delete: 0, unchanged: 0, risks: { "data-loss": 1, impossible: 0, ignored: 0, disruptive: 0, exposure: 0, protection: 0, ordering: 0, address: 0, unverified: 0, state: 0 }, blocking: true } });

/** Every text formatter, by name. */
const TEXT_FORMATS: Readonly<Record<string, (f: Finding, c: Change) => string>> = {
  "report text": (f) => formatText({ findings: [f] }),
  "report junit": (f) => formatJunit({ findings: [f] }),
  "cli findingLine": (f) => findingLine(f) + "\n",
  "cli findingsText": (f) => findingsText([f], summary as never),
  formatFinding: (f) => formatFinding(f) + "\n",
  "diff text": (_f, c) => diffText(result(c)),
};

// The characters no input may put into a terminal: C0 but \n, DEL, C1, separators, bidi and zero-width controls.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;
const COMMAND = /^\s*(?:::|##\[|##vso\[)/m;

describe.each(Object.entries(TEXT_FORMATS))("%s", (_name, format) => {
  const benign = format(BENIGN_FINDING, BENIGN_CHANGE);
  test("no control character, the same lines, no CI command, whatever the input", () => {
    fc.assert(
      fc.property(finding, change, (f, c) => {
        const out = format(f, c);
        expect(out).not.toMatch(UNSAFE);
        expect(out.split("\n").length).toBe(benign.split("\n").length);
        expect(out).not.toMatch(COMMAND);
      }),
      settings,
    );
  });
});

test("JSON and SARIF reports stay one valid JSON document that gives back every text as it was (redaction aside)", () => {
  fc.assert(
    fc.property(finding, change, (f, c) => {
      for (const out of [formatJson({ findings: [f] }), formatSarif({ findings: [f] }), diffJson(result(c))]) {
        expect(() => JSON.parse(out)).not.toThrow();
        // eslint-disable-next-line no-control-regex
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/); // only the indentation's line breaks
      }
      expect(JSON.parse(formatJson({ findings: [f] })).findings[0].name).toBe(f.name);
    }),
    { ...settings, numRuns: 100 },
  );
});

describe("Markdown (diff and plan-check comments)", () => {
  const benign = formatMarkdown(result(BENIGN_CHANGE));
  const unescaped = (line: string, ch: string) => [...line.matchAll(new RegExp(`(?<!\\\\)(?:\\\\\\\\)*\\${ch}`, "g"))].length;

  test("the same lines, one table row per change with three cells, one <details>, no HTML, link or mention of the input", () => {
    fc.assert(
      fc.property(change, (c) => {
        const out = formatMarkdown(result(c));
        expect(out).not.toMatch(UNSAFE);
        const lines = out.split("\n");
        expect(lines.length).toBe(benign.split("\n").length);
        const row = lines.find((l) => l.startsWith("| 🟡"))!;
        expect(unescaped(row, "|")).toBe(4);
        // Inline code shows anything literally (HTML included); outside it, only ours.
        const outsideCode = withoutCodeSpans(out);
        expect(outsideCode.match(/<details>/g)).toHaveLength(1);
        expect(outsideCode.split("\n").filter((l) => l.includes("</details>"))).toEqual(["</details>"]);
        // Outside inline code, every `<`, `@`, `[` and `://` of the input is escaped; ours are <br>, <details>, <summary>.
        const prose = outsideCode.replace(/<\/?(?:details|summary|br)>/g, "");
        expect(prose).not.toMatch(/(?<!\\)[<@[]|(?<!\\):\/\//);
        expect(out).not.toMatch(COMMAND);
      }),
      settings,
    );
  });
});

/** The text with its code spans (CommonMark: a run of n backticks up to the next run of exactly n) removed. */
function withoutCodeSpans(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === "\\" && text[i + 1] === "`") {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (text[i] !== "`") {
      out += text[i++];
      continue;
    }
    const run = /^`+/.exec(text.slice(i))![0];
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, "g");
    close.lastIndex = i + run.length;
    const end = close.exec(text);
    if (!end) {
      out += run;
      i += run.length;
      continue;
    }
    i = end.index + run.length;
  }
  return out;
}
