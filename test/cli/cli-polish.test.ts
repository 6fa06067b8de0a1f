import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { colourEnabled } from "../../src/cli/colour";
import { main } from "../../src/cli/main";
import { suggestOption } from "../../src/cli/suggest-option";
import { CORPUS, runCli } from "./helpers/run-cli";

const VALID = join(CORPUS, "valid");
const ESC = "\u001b[";

function memoryIo(tty: boolean, env: NodeJS.ProcessEnv = {}) {
  const out = { stdout: "", stderr: "" };
  const stream = (key: "stdout" | "stderr") => ({ isTTY: tty, write: (chunk: string) => ((out[key] += chunk), true) }) as unknown as NodeJS.WritableStream & { isTTY?: boolean };
  return { io: { stdout: stream("stdout"), stderr: stream("stderr"), cwd: VALID, env }, out };
}

describe("did you mean, with a short usage line", () => {
  test("a misspelt command names the command and does not print the whole help", () => {
    const result = runCli(["valdate", "x.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "valdate" (did you mean validate?)');
    expect(result.stderr).not.toContain("Commands:");
    expect(result.stderr.trim().split("\n")).toHaveLength(2);
  });

  test("a misspelt option names the option it abbreviates, with the command's usage line only", () => {
    const result = runCli(["validate", "--enviroment", "production", "x.yaml"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option --enviroment (did you mean --env?)");
    expect(result.stderr).toContain("Usage: hikube-vm validate [options] FILES...");
    expect(result.stderr).not.toContain("Options:");
    expect(result.stderr.trim().split("\n")).toHaveLength(3);
    expect(suggestOption("namespaces", ["namespace", "env"])).toBe("namespace");
    expect(suggestOption("zzz", ["namespace", "env"])).toBeUndefined();
  });

  test("--version is listed in the help, and works", () => {
    expect(runCli(["--help"]).stdout).toMatch(/^ {2}--version\s+Print the version$/m);
    expect(runCli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("colour", () => {
  test("on a terminal, off when NO_COLOR is set or the stream is not a terminal, forced by FORCE_COLOR", () => {
    expect(colourEnabled({ isTTY: true }, {})).toBe(true);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { NO_COLOR: "" })).toBe(true);
    expect(colourEnabled({ isTTY: false }, {})).toBe(false);
    expect(colourEnabled({}, { FORCE_COLOR: "1" })).toBe(true);
    expect(colourEnabled({ isTTY: true }, { FORCE_COLOR: "0" })).toBe(false);
    expect(colourEnabled({ isTTY: true }, { TERM: "dumb" })).toBe(false);
    expect(colourEnabled({}, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
  });

  test("every command that prints findings or errors colours them on a terminal, and only there", async () => {
    const broken = join(CORPUS, "broken", "port-out-of-range.yaml");
    for (const argv of [["validate", broken], ["render", broken], ["synth", broken, "--out", tmpdir()], ["graph", broken], ["import", broken], ["valdate"], ["validate", "--fromat", "x"]]) {
      const tty = memoryIo(true);
      expect(await main(argv, tty.io)).not.toBe(0);
      expect(tty.out.stdout + tty.out.stderr).toContain(`${ESC}31m`);
      const pipe = memoryIo(false);
      await main(argv, pipe.io);
      expect(pipe.out.stdout + pipe.out.stderr).not.toContain(ESC);
      const noColor = memoryIo(true, { NO_COLOR: "1" });
      await main(argv, noColor.io);
      expect(noColor.out.stdout + noColor.out.stderr).not.toContain(ESC);
    }
    expect(runCli(["validate", join(CORPUS, "broken", "port-out-of-range.yaml")], { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}31m`);
  });
});

describe("inputs", () => {
  test("diff of manifests says to run synth first", () => {
    const empty = mkdtempSync(join(tmpdir(), "hikube-diff-"));
    const file = runCli(["diff", "production-stack.yaml", empty], { cwd: VALID });
    expect(file.status).toBe(1);
    expect(file.stderr).toContain("production-stack.yaml is a manifest file: run synth first");
    const folder = runCli(["diff", ".", "."], { cwd: VALID });
    expect(folder.stderr).toContain(". holds manifests, not a synthesised configuration: run synth first");
  });

  test("empty standard input is an error", () => {
    const result = runCli(["validate", "-"], { input: "  \n" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("cannot read <stdin>: standard input is empty");
  });

  test("the same file given twice (or through its directory) is read once", () => {
    const dir = mkdtempSync(join(tmpdir(), "hikube-twice-"));
    writeFileSync(join(dir, "web.yaml"), readFileSync(join(VALID, "production-stack.yaml")));
    const result = runCli(["validate", "--format", "json", "web.yaml", "./web.yaml", "."], { cwd: dir });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ errors: 0, files: 1 });
  });
});

test("synth prints every finding it counts (the note too)", () => {
  const dir = mkdtempSync(join(tmpdir(), "hikube-counted-"));
  const broken = readFileSync(join(CORPUS, "broken", "port-out-of-range.yaml"), "utf8");
  writeFileSync(join(dir, "vms.yaml"), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\n---\n${broken}`);
  const result = runCli(["synth", "vms.yaml", "--skip-other-kinds", "--namespace", "tenant-a", "--out", "out"], { cwd: dir });
  expect(result.status).toBe(1);
  const summary = result.stderr.match(/(\d+) errors?, (\d+) warnings?, (\d+) notes?/);
  expect(summary).not.toBeNull();
  const [, errors, warnings, notes] = summary!.map(Number);
  expect(result.stderr.match(/: error: /g)?.length ?? 0).toBe(errors);
  expect(result.stderr.match(/: warning: /g)?.length ?? 0).toBe(warnings);
  expect(result.stderr.match(/: info: /g)?.length ?? 0).toBe(notes);
  expect(notes).toBeGreaterThan(0);
  expect(result.stderr).toContain("skipped: v1 ConfigMap");
});

test("graph draws an undeclared disk dashed, with a warning, and exits 0", () => {
  const dir = mkdtempSync(join(tmpdir(), "hikube-graph-"));
  writeFileSync(
    join(dir, "web.yaml"),
    "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMInstance\nmetadata: {name: web, namespace: tenant-a}\nspec:\n  instanceType: u1.medium\n  disks: [{name: elsewhere}]\n",
  );
  const mermaid = runCli(["graph", "web.yaml"], { cwd: dir });
  expect(mermaid.status).toBe(0);
  expect(mermaid.stdout).toMatch(/classDef undeclared stroke-dasharray/);
  expect(mermaid.stderr).toMatch(/warning: \[HK005\].*"elsewhere"/);
  const dot = runCli(["graph", "--format", "dot", "web.yaml"], { cwd: dir });
  expect(dot.status).toBe(0);
  expect(dot.stdout).toContain("style=dashed");
  // Still an error where it matters.
  expect(runCli(["validate", "web.yaml"], { cwd: dir }).status).toBe(1);
});
