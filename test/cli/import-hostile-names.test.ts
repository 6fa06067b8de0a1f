// import writes safe code whatever the file names and options: a newline, U+2028, `*/`, a backtick, `${` or quotes
// in a file name (or a --stack, a --namespace) must not end a comment or a string of the generated TypeScript.
// The program is parsed (its statements are exactly the expected ones), type-checked, run, and synthesises what
// synth writes for the same files.
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import { ROOT, runCli } from "./helpers/run-cli";

const WORK = join(ROOT, "node_modules", ".cache", "hikube-vm-import-test");

const disk = (name: string) => `apiVersion: apps.cozystack.io/v1alpha1
kind: VMDisk
metadata:
  name: ${name}
  namespace: tenant-a
spec:
  storage: 10Gi
  storageClass: replicated
`;

// Each would end the header comment or the per-resource comment and run code, were it written raw.
// (A file name cannot hold "/": `*/` is tried in --stack.) `process.exit(7)\n.yaml` would even be valid code.
const NAMES = [
  "a\nprocess.exit(7)\n.yaml",
  "b\u2028process.exit(7)\u2028.yaml",
  "c\rprocess.exit(7)\r.yaml",
  "e`${process.exit(7)}`.yaml",
  "f\"'${x}\\.yaml",
];

function statementKinds(code: string): string[] {
  const source = ts.createSourceFile("main.ts", code, ts.ScriptTarget.ES2022, true);
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  return source.statements.map((s) => ts.SyntaxKind[s.kind]);
}

test("hostile file names and options stay inside comments and strings: the program parses, compiles, runs and equals synth", () => {
  mkdirSync(WORK, { recursive: true });
  const dir = mkdtempSync(join(WORK, "names-"));
  try {
    const files = NAMES.map((name, i) => {
      writeFileSync(join(dir, name), disk(`disk-${i}`));
      return name;
    });
    // A hostile stack name too: import does not restrict it (synth does), and it reaches the header's command line.
    const file = join(dir, "main.ts");
    const options = ["--namespace", "tenant-a"];
    const imported = runCli(["import", ...files, ...options, "--stack", "x*/\nprocess.exit(7)\n", "--module", join(ROOT, "src"), "--out", file], { cwd: dir });
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    const code = readFileSync(file, "utf8");
    expect(statementKinds(code)).toEqual(["ImportDeclaration", "ImportDeclaration", "ImportDeclaration", "ClassDeclaration", "IfStatement"]);
    // Comments stay one line each; the names are written escaped, readable.
    expect(code.split("\n")[0]).toContain("a\\u000aprocess.exit(7)\\u000a.yaml");
    expect(code).toContain("    // b\\u2028process.exit(7)\\u2028.yaml:1\n");
    // The stack name is a string (a template literal, it has a newline), the one place it may stay as given.
    expect(code).toContain("new HikubeStack(app, `x*/\nprocess.exit(7)\n`);");
    expect(code).not.toContain("\u2028");

    const typeCheck = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "--noEmit", "--strict", "--esModuleInterop", "--skipLibCheck", "--target", "ES2022", "--module", "commonjs", "--moduleResolution", "node", "--types", "node", file], { encoding: "utf8" });
    expect(typeCheck.stdout + typeCheck.stderr).toBe("");

    // Without --stack (synth refuses that name): the program runs, exits 0, and synthesises what synth writes.
    const plain = runCli(["import", ...files, ...options, "--module", join(ROOT, "src"), "--out", file], { cwd: dir });
    expect(plain.status).toBe(0);
    const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", file], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, TS_NODE_SKIP_IGNORE: "true", TS_NODE_PROJECT: join(ROOT, "tsconfig.json"), CHECKPOINT_DISABLE: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const synth = runCli(["synth", ...files, ...options, "--out", join(dir, "synth")], { cwd: dir });
    expect(synth.status).toBe(0);
    expect(readFileSync(join(dir, "cdktf.out", "stacks", "hikube", "cdk.tf.json"), "utf8")).toBe(readFileSync(join(dir, "synth", "cdk.tf.json"), "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

test("a __proto__ key is written as a property, not as the object's prototype", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tsLiteral } = require("../../src/cli/import/ts-literal") as typeof import("../../src/cli/import/ts-literal");
  const value = JSON.parse('{"a": {"__proto__": {"polluted": "yes"}}}');
  const code = tsLiteral(value, "");
  const evaluated = new Function(`return (${code});`)() as { a: object };
  expect(Object.keys(evaluated.a)).toEqual(["__proto__"]);
  expect((evaluated.a as { polluted?: string }).polluted).toBeUndefined();
});
