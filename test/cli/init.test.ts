import { spawnSync, type SpawnSyncReturns } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { EXAMPLE_SSH_KEY } from "../../src/cli/init/project-files";
import { validateDefinition } from "../../src";
import { ROOT, runCli } from "./helpers/run-cli";

const ownVersion = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
const fresh = () => mkdtempSync(join(tmpdir(), "hk-init-"));

describe("hikube-vm init", () => {
  test("writes a cdktf project into a new folder and says what to type next", () => {
    const cwd = fresh();
    const result = runCli(["init", "my-vms", "--namespace", "tenant-acme"], { cwd });
    expect(result.status).toBe(0);
    const dir = join(cwd, "my-vms");
    const files = ["package.json", "cdktf.json", "tsconfig.json", "main.ts", ".gitignore", ".github/workflows/hikube.yml", "README.md"];
    for (const f of files) expect(existsSync(join(dir, f))).toBe(true);
    expect(result.stdout).toContain("cd my-vms\n  npm install\n  npm run synth");
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    expect(pkg.name).toBe("my-vms");
    expect(pkg.dependencies).toEqual({ cdktf: "0.21.0", constructs: "~10.7.2", "hikube-vm": `^${ownVersion}` });
    // TypeScript 7 breaks ts-node and ts-jest: the project pins 5.9.
    expect(pkg.devDependencies.typescript).toBe("~5.9.3");
    expect(readFileSync(join(dir, "main.ts"), "utf8")).toContain('namespace: "tenant-acme"');
    const workflow = readFileSync(join(dir, ".github/workflows/hikube.yml"), "utf8");
    for (const step of ["npm run typecheck", "npm run synth", "npm run validate", "hikube-vm diff base/cdktf.out head/cdktf.out"]) expect(workflow).toContain(step);
  });

  test("the example key validates but is plainly an example", () => {
    const def = { apiVersion: "apps.cozystack.io/v1alpha1", kind: "VMInstance" as const, metadata: { name: "web", namespace: "t" }, spec: { sshKeys: [EXAMPLE_SSH_KEY] } };
    expect(validateDefinition(def).filter((f) => f.severity === "error")).toEqual([]);
    expect(EXAMPLE_SSH_KEY).toMatch(/ExampleKeyOnlyReplaceItWithYourOwnPublicKey/);
  });

  test("refuses a folder that is not empty and writes nothing", () => {
    const dir = fresh();
    writeFileSync(join(dir, "main.ts"), "// mine\n");
    const result = runCli(["init", dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not empty \(main\.ts\): choose an empty folder, or pass --force/);
    expect(readdirSync(dir)).toEqual(["main.ts"]);
    expect(readFileSync(join(dir, "main.ts"), "utf8")).toBe("// mine\n");
  });

  test("--force writes into it, listing every file it replaces, and leaves other files alone", () => {
    const dir = fresh();
    writeFileSync(join(dir, "main.ts"), "// mine\n");
    writeFileSync(join(dir, "notes.txt"), "keep\n");
    const result = runCli(["init", ".", "--force"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^replaced main\.ts$/m);
    expect(result.stdout).toMatch(/^created  package\.json$/m);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("keep\n");
    expect(readFileSync(join(dir, "main.ts"), "utf8")).toContain("new VirtualMachine");
  });

  test("--from depends on a tarball, relative to the project; a missing one is a usage error", () => {
    const cwd = fresh();
    writeFileSync(join(cwd, "hikube-vm-1.0.0.tgz"), "");
    expect(runCli(["init", "p", "--from", "hikube-vm-1.0.0.tgz"], { cwd }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, "p", "package.json"), "utf8")).dependencies["hikube-vm"]).toBe("file:../hikube-vm-1.0.0.tgz");
    const missing = runCli(["init", "q", "--from", "nope.tgz"], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--from nope.tgz: no such file");
    expect(existsSync(join(cwd, "q"))).toBe(false);
  });
});

// The whole day-0 path, as a user types it: pack the library, init, install the tarball, synthesise. The
// dependencies come from the npm cache (this project installed the same versions); --prefer-offline when the
// cache lacks an index entry.
describe("packed, scaffolded, installed and synthesised", () => {
  const work = fresh();
  const project = join(work, "my-vms");
  const log: string[] = [];
  const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> => {
    const started = Date.now();
    const result = spawnSync(command, args, { cwd, encoding: "utf8", env, shell: process.platform === "win32" });
    log.push(`${command} ${args.join(" ")}: ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${result.status}`);
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    return result;
  };
  afterAll(() => console.log(`day 0 in ${work}:\n  ${log.join("\n  ")}`));

  test(
    "npm pack, hikube-vm init --from, npm install, npm run synth: a stack that passes the production policies, printed clean",
    () => {
      const started = Date.now();
      // lib/ is built by the test setup: no need for pack to build it again.
      const packed = run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], ROOT).stdout.trim().split("\n").pop()!;
      const tarball = join(work, packed);
      expect(runCli(["init", "my-vms", "--from", tarball], { cwd: work }).status).toBe(0);
      const npmEnv = { ...process.env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
      try {
        run("npm", ["install", "--offline"], project, npmEnv);
      } catch {
        run("npm", ["install", "--prefer-offline"], project, npmEnv);
      }
      // As on a user's machine: no CHECKPOINT_DISABLE of ours, a cdktf home of its own (cdktf writes its telemetry
      // user id there when it reports), no terraform CLI configuration of this machine.
      const cdktfHome = join(work, "cdktf-home");
      mkdirSync(cdktfHome);
      const userEnv: NodeJS.ProcessEnv = { ...process.env, CDKTF_HOME: cdktfHome };
      delete userEnv.CHECKPOINT_DISABLE;
      delete userEnv.TF_CLI_CONFIG_FILE;
      const synth = run("npm", ["run", "synth"], project, userEnv);
      const output = synth.stdout + synth.stderr;
      expect(output).not.toMatch(/\[ERROR\]|ENOTFOUND|telemetry/);
      // No telemetry report was even attempted.
      expect(existsSync(join(cdktfHome, "config.json"))).toBe(false);
      const stackDir = join(project, "cdktf.out", "stacks", "vms");
      const json = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8"));
      expect(Object.keys(json.resource.kubernetes_manifest).sort()).toEqual(["vmdisk_tenant-example_web-data", "vmdisk_tenant-example_web-system", "vminstance_tenant-example_web"]);
      expect(resolve(stackDir, json.terraform.backend.local.path)).toBe(join(project, "terraform.vms.tfstate"));
      const report = JSON.parse(readFileSync(join(stackDir, "hikube-policy-report.json"), "utf8"));
      expect(report.summary).toMatchObject({ errors: 0, warnings: 0, environment: "production" });
      expect(run("npm", ["run", "--silent", "validate"], project).stdout).toContain("0 errors, 0 warnings in 3 resources");
      run("npm", ["run", "--silent", "typecheck"], project);
      log.push(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    240_000,
  );
});
