import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { App, S3Backend, TerraformStack } from "cdktf";
import { HikubeDefaults, KubernetesProvider, VmDisk } from "../../src";

// A project folder of its own, as `cdktf synth` runs the app: from the project, with outdir cdktf.out.
const project = mkdtempSync(join(tmpdir(), "hk-state-"));
const cwd = process.cwd();
beforeAll(() => process.chdir(project));
afterAll(() => process.chdir(cwd));

function synthesised(withBackend?: (stack: TerraformStack) => void) {
  const outdir = "cdktf.out";
  const app = new App({ outdir });
  const stack = new TerraformStack(app, "production");
  withBackend?.(stack);
  new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-prod" });
  new VmDisk(stack, "Data", { name: "data", storage: "10Gi" });
  app.synth();
  const stackDir = join(outdir, "stacks", "production");
  return { stackDir, json: JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8")) };
}

test("the default local backend's state path is relative to the stack's directory and names cdktf's usual file", () => {
  const { stackDir, json } = synthesised();
  expect(json.terraform.backend).toEqual({ local: { path: "../../../terraform.production.tfstate" } });
  // Terraform runs in the stack's directory: from there the path reaches the file cdktf always used.
  expect(resolve(stackDir, json.terraform.backend.local.path)).toBe(join(project, "terraform.production.tfstate"));
});

test("a backend the app declares is left as it is", () => {
  const { json } = synthesised((stack) => new S3Backend(stack, { bucket: "state", key: "vms.tfstate", region: "eu-west-1" }));
  expect(json.terraform.backend).toEqual({ s3: { bucket: "state", key: "vms.tfstate", region: "eu-west-1" } });
});
