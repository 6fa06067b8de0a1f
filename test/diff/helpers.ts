import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";
import { App, TerraformStack } from "cdktf";
import { HikubeDefaults, VirtualMachine, type VirtualMachineProps } from "../../src";
import { ED25519_KEY } from "../helpers/definitions";

export function tempDir(prefix = "hikube-diff-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Synthesises stacks with `App.synth()` into a fresh cdktf.out folder and returns it. */
export function synthApp(build: (app: App) => void): string {
  const outdir = tempDir("hikube-cdktf-out-");
  const app = new App({ outdir });
  build(app);
  app.synth();
  return outdir;
}

/** A stack with a provider and a default namespace, as real stacks have. */
export function hikubeStack(app: App, id: string, environment?: "development" | "production"): TerraformStack {
  const stack = new TerraformStack(app, id);
  new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-a", ...(environment && { environment }) });
  return stack;
}

/** The `db` VM of the tests: a system disk and one data disk, variations by props. */
export function dbVm(stack: TerraformStack, overrides: Partial<VirtualMachineProps> = {}): VirtualMachine {
  return new VirtualMachine(stack, "Db", {
    name: "db",
    instanceType: "u1.large",
    systemDisk: { image: "ubuntu-2404", storage: "20Gi" },
    dataDisks: [{ storage: "100Gi" }],
    sshKeys: [ED25519_KEY],
    external: true,
    externalPorts: [22],
    ...overrides,
  });
}

/** cdktf.out of one stack `web` holding the `db` VM with these overrides. */
export function synthDb(overrides: Partial<VirtualMachineProps> = {}, environment?: "development" | "production"): string {
  return synthApp((app) => dbVm(hikubeStack(app, "web", environment), overrides));
}
