import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..", "..");

/**
 * Synthesises, in a fresh process of the built package, a stack whose VMs carry every kind of cloud-init (valid,
 * broken YAML, passwords, scripts, none), and prints what a user sees: the JSON, the error, the annotations.
 */
function synthesise(worker: "0" | "1", broken: boolean): { status: number | null; stdout: string; stderr: string } {
  const script = `
    const { App, Aspects, TerraformStack } = require("cdktf");
    const lib = require(${JSON.stringify(join(ROOT, "lib"))});
    const { mkdtempSync, readFileSync } = require("fs");
    const { join } = require("path");
    const outdir = mkdtempSync(join(require("os").tmpdir(), "hikube-ahead-"));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, "s");
    new lib.KubernetesProvider(stack, "kubernetes");
    lib.HikubeDefaults.set(stack, { namespace: "tenant-a" });
    Aspects.of(app).add(new lib.HikubePolicies({ environment: "development", writeReports: false }));
    const texts = [
      (i) => "#cloud-config\\nhostname: vm-" + i + "\\nruncmd:\\n  - echo \${HOME}\\n",
      (i) => "#cloud-config\\nssh_pwauth: true\\nhostname: vm-" + i + "\\n",
      (i) => "#!/bin/sh\\necho " + i + "\\n",
      (i) => "",
      (i) => "#cloud-config\\nwrite_files:\\n  - path: /a\\n    content: |\\n      x: " + i + "\\n",
    ];
    if (${broken}) texts.push((i) => "#cloud-config\\nusers: [a, b\\nhostname: " + i + "\\n");
    const annotations = [];
    for (let i = 0; i < 150; i++) {
      new lib.VirtualMachine(stack, "Vm" + i, { name: "vm-" + i, systemDisk: { image: "ubuntu-2404", storage: "20Gi" }, dataDisks: [{ storage: "10Gi" }], cloudInit: texts[i % texts.length](i), sshKeys: [] });
    }
    try { app.synth(); } catch (e) { console.log("ERROR " + e.message.split("\\n").slice(0, 4).join(" | ")); process.exit(1); }
    for (const node of stack.node.findAll()) for (const m of node.node.metadata) if (m.type.startsWith("@cdktf/")) annotations.push(node.node.path + " " + m.type + " " + m.data);
    console.log(readFileSync(join(outdir, "stacks", "s", "cdk.tf.json"), "utf8"));
    console.log(annotations.sort().join("\\n"));
    console.error("parsed ahead: " + require(${JSON.stringify(join(ROOT, "lib", "core", "cloud-init", "parse-ahead.js"))}).parsedAheadCount());
  `;
  return spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, HIKUBE_VM_PARSE_WORKER: worker } });
}

test("parsing cloud-init on a worker thread changes nothing a user sees: JSON, annotations", () => {
  const inline = synthesise("0", false);
  const ahead = synthesise("1", false);
  expect(inline.stderr).toBe("parsed ahead: 0\n");
  // Every distinct non-empty text went through the worker (the empty ones are never parsed).
  expect(ahead.stderr).toBe("parsed ahead: 120\n");
  expect(inline.status).toBe(0);
  expect(inline.stdout).toContain("ssh_pwauth"); // a warning about it was reported
  expect(ahead.stdout).toBe(inline.stdout);
  expect(ahead.status).toBe(0);
});

test("parsing cloud-init on a worker thread changes nothing a user sees: errors", () => {
  const inline = synthesise("0", true);
  const ahead = synthesise("1", true);
  expect(inline.status).toBe(1);
  expect(inline.stdout).toMatch(/^ERROR .*spec\.cloudInit: cloud-init line 3/);
  expect(ahead.stdout).toBe(inline.stdout);
  expect(ahead.status).toBe(1);
});
