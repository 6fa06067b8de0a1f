import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadWaiverFile } from "../src/policy/waivers/load-waiver-file";
import { HIKUBE_RULES } from "../src";

// Every code block of the README, as a newcomer copies it: TypeScript is type-checked and synthesised in a
// project of its own, `hikube-vm` commands run on a `vms/` folder, data blocks parse. A block that cannot run
// offline is on the skip list with the reason; a new block that is on no list fails the test.
const ROOT = join(__dirname, "..");

interface Block {
  readonly lang: string;
  readonly code: string;
  readonly line: number;
}

function readmeBlocks(): Block[] {
  const lines = readFileSync(join(ROOT, "README.md"), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !/^```\s*$/.test(lines[i])) body.push(lines[i]);
    blocks.push({ lang: open[1], code: body.join("\n"), line: start + 1 });
  }
  return blocks;
}

type Handling =
  | { readonly run: "program" }
  /** A fragment: `before` and `after` make it a program. */
  | { readonly run: "fragment"; readonly before: string; readonly after: string }
  | { readonly run: "sh" }
  | { readonly run: "waivers" }
  | { readonly run: "json" }
  | { readonly skip: string };

const TOUR_SETUP = `import { App, TerraformStack } from "cdktf";
import { HikubeDefaults, KubectlProvider } from "hikube-vm";
const app = new App();
const stack = new TerraformStack(app, "production");
`;

/** First matching entry wins; every block must match one. */
const HANDLING: ReadonlyArray<readonly [RegExp, Handling]> = [
  [/^npm ci && npm run synth/, { run: "sh" }],
  [/^import \{ App, TerraformStack \} from "cdktf";\nimport \{ HikubeDefaults, KubernetesProvider/, { run: "program" }],
  [/^new KubectlProvider\(stack/, { run: "fragment", before: TOUR_SETUP, after: "app.synth();\n" }],
  [/^HikubeDefaults\.set\(stack, \{ namespace: "tenant-prod", backend: "kubectl", adoptFrom/, { run: "fragment", before: `${TOUR_SETUP}new KubectlProvider(stack, "kubectl", {});\n`, after: "app.synth();\n" }],
  [/^HikubeDefaults\.set\(stack, \{ namespace: "tenant-live", adopt: true \}\)/, {
    run: "fragment",
    before: `import { App, TerraformStack } from "cdktf";\nimport { HikubeDefaults, KubernetesProvider, VmDisk } from "hikube-vm";\nconst app = new App();\nconst stack = new TerraformStack(app, "live");\nnew KubernetesProvider(stack, "kubernetes", {});\n`,
    after: "app.synth();\n",
  }],
  [/^const web = new VirtualMachine\(stack, "Web"/, {
    run: "fragment",
    before: `import { App, TerraformOutput, TerraformStack } from "cdktf";\nimport { HikubeDefaults, KubernetesProvider, ResourceWait, VirtualMachine } from "hikube-vm";\nconst app = new App();\nconst stack = new TerraformStack(app, "production");\nnew KubernetesProvider(stack, "kubernetes", {});\nHikubeDefaults.set(stack, { namespace: "tenant-prod" });\n`,
    after: "app.synth();\n",
  }],
  [/^import \{ Aspects \} from "cdktf";\nimport \{ HikubePolicies \}/, {
    run: "fragment",
    before: `import { App } from "cdktf";\nconst app = new App();\n`,
    after: "",
  }],
  [/^# hikube-waivers\.yaml/, { run: "waivers" }],
  [/^\{\n {2}"yaml\.schemas"/, { run: "json" }],
  [/^npm ci && npm pack/, { skip: "the day-0 path (pack, init, install, synth): test/cli/init.test.ts runs it" }],
  [/^npm ci +# installs/, { skip: "the development commands: the test suite itself runs in an installed checkout" }],
  [/^\$ hikube-vm diff base\/cdktf\.out/, { skip: "the output of a diff against a base branch's synthesis: test/cli/diff.test.ts" }],
  [/^(removed|import|module "web") \{/, { skip: "HCL: the modules are tested with terraform in test/modules" }],
  [/^name: hikube diff|^ {6}- name: Plan check/, { skip: "GitHub Actions workflows: they run on GitHub, the plan check against a cluster" }],
  [/^# yaml-language-server/, { skip: "an editor modeline, part of a manifest" }],
  [/^kubectl get vminstances,vmdisks .*> live\.yaml\n/, { run: "sh" }],
  [/^hikube-vm|^\$ hikube-vm/, { run: "sh" }],
];

/** Commands of sh blocks that cannot run here, and why. */
const SKIPPED_COMMANDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^npm (ci|test)\b/, "installs or tests this repository: the suite runs in an installed checkout"],
  [/^terraform /, "needs the providers and a cluster"],
  [/^kubectl /, "needs a cluster: live.yaml in the project is a kubectl get output of VMs made with kubectl and the dashboard"],
  [/\| kubectl /, "needs a cluster"],
  [/\| dot /, "needs Graphviz"],
];

function handlingOf(block: Block): Handling | undefined {
  return HANDLING.find(([pattern]) => pattern.test(block.code))?.[1];
}

/** A project of the README's reader: node_modules with cdktf, constructs and hikube-vm (this package, built). */
function userProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "hk-readme-"));
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  for (const name of ["cdktf", "constructs", "ts-node", "typescript", "@types"]) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  symlinkSync(ROOT, join(dir, "node_modules", "hikube-vm"));
  symlinkSync(join(ROOT, "node_modules", ".bin", "ts-node"), join(dir, "node_modules", ".bin", "ts-node"));
  symlinkSync(join(ROOT, "bin", "hikube-vm.js"), join(dir, "node_modules", ".bin", "hikube-vm"));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "commonjs", strict: true, esModuleInterop: true, skipLibCheck: true, types: ["node"], noEmit: true } }));
  mkdirSync(join(dir, "vms"));
  copyFileSync(join(ROOT, "test", "corpus", "valid", "production-stack.yaml"), join(dir, "vms", "web.yaml"));
  // What `kubectl get vminstances,vmdisks -o yaml > live.yaml` writes, for the adoption example.
  copyFileSync(join(ROOT, "test", "cli", "fixtures", "kubectl-get-adopt.yaml"), join(dir, "live.yaml"));
  return dir;
}

const blocks = readmeBlocks();
const project = userProject();
// The policies block reads the waiver file of the README, from the project folder.
const waiverBlock = blocks.find((b) => b.code.startsWith("# hikube-waivers.yaml"));
if (waiverBlock) writeFileSync(join(project, "hikube-waivers.yaml"), waiverBlock.code);
const env = { ...process.env, PATH: `${join(project, "node_modules", ".bin")}:${process.env.PATH}` };

test("every README code block is run here or skipped with a reason", () => {
  const unhandled = blocks.filter((b) => !handlingOf(b)).map((b) => `README.md:${b.line}: ${b.code.split("\n")[0]}`);
  expect(unhandled).toEqual([]);
  // The tour and the CLI examples are among the blocks that run.
  expect(blocks.filter((b) => { const h = handlingOf(b); return h && !("skip" in h); }).length).toBeGreaterThanOrEqual(10);
});

const typescript = blocks.filter((b) => { const h = handlingOf(b); return h && "run" in h && (h.run === "program" || h.run === "fragment"); });

test("the TypeScript blocks type-check and synthesise, copied verbatim", () => {
  const files = typescript.map((b, i) => {
    const h = handlingOf(b) as Handling & { run: string };
    const text = h.run === "fragment" ? `${(h as { before: string }).before}${b.code}\n${(h as { after: string }).after}` : b.code;
    const file = join(project, `block-${i}-line-${b.line}.ts`);
    writeFileSync(file, `${text}\nexport {};\n`);
    return file;
  });
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", project], { cwd: project, encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  for (const file of files) {
    const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", file], { cwd: project, encoding: "utf8", env: { ...env, CDKTF_OUTDIR: file.replace(/\.ts$/, ".out") } });
    expect({ file, status: run.status, stderr: run.stderr }).toEqual({ file, status: 0, stderr: "" });
  }
}, 120_000);

const shell = blocks.filter((b) => { const h = handlingOf(b); return h && "run" in h && h.run === "sh"; });

test.each(shell.map((b) => [b.line, b] as const))("the commands of the sh block at README.md:%d run without an error", (_line, block) => {
  const commands = block.code.split("\n").filter((l) => l.trim() && !l.startsWith("#") && (!/^\$ /.test(block.code) || l.startsWith("$ "))).map((l) => l.replace(/^\$ /, ""));
  for (const line of commands) {
    // `npm ci && npm run synth`: the install is the suite's own; the synth runs, from the repository.
    const parts = line.split(/ && /).map((p) => p.replace(/\s+#.*$/, "").trim());
    for (const command of parts) {
      if (SKIPPED_COMMANDS.some(([pattern]) => pattern.test(command))) continue;
      const inRepository = command.startsWith("npm run synth");
      const runEnv: NodeJS.ProcessEnv = { ...env };
      // As on a newcomer's machine: nothing of ours silences cdktf.
      delete runEnv.CHECKPOINT_DISABLE;
      delete runEnv.TF_CLI_CONFIG_FILE;
      const result = spawnSync("bash", ["-c", command], { cwd: inRepository ? ROOT : project, encoding: "utf8", env: runEnv });
      expect({ command, status: result.status, errors: (result.stdout + result.stderr).split("\n").filter((l) => /\[ERROR\]|ENOTFOUND|error:/i.test(l)) }).toEqual({ command, status: 0, errors: [] });
    }
  }
}, 120_000);

test("the waiver file example is valid and has not expired", () => {
  expect(waiverBlock && handlingOf(waiverBlock)).toEqual({ run: "waivers" });
  const waivers = loadWaiverFile(join(project, "hikube-waivers.yaml"), HIKUBE_RULES);
  expect(waivers).toHaveLength(1);
  const expires = waivers[0].expires;
  // Not an example that stops working the year after it is written.
  expect(expires === undefined || new Date(`${expires}T23:59:59Z`).getTime() > Date.now() + 10 * 365 * 24 * 3600 * 1000).toBe(true);
});

test("the JSON blocks parse", () => {
  for (const block of blocks.filter((b) => { const h = handlingOf(b); return h && "run" in h && h.run === "json"; })) expect(() => JSON.parse(block.code)).not.toThrow();
});
