import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CORPUS, runCli } from "./helpers/run-cli";

const WITHOUT_CDKTF = ["-r", join(__dirname, "fixtures", "without-cdktf.js")];
const SEED = join(CORPUS, "valid", "seed-ubuntu-golden-disk.yaml");

test("validate needs no cdktf at all", () => {
  const result = runCli(["validate", SEED, "--namespace", "tenant-a"], { nodeArgs: WITHOUT_CDKTF });
  expect(result.status).toBe(0);
});

test("synth needs no cdktf either: it writes the Terraform JSON itself", () => {
  const out = join(mkdtempSync(join(tmpdir(), "hikube-no-cdktf-")), "out");
  const result = runCli(["synth", SEED, "--namespace", "tenant-a", "--out", out], { nodeArgs: WITHOUT_CDKTF });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(JSON.parse(readFileSync(join(out, "cdk.tf.json"), "utf8")).resource.kubernetes_manifest).toHaveProperty(["vmdisk_tenant-a_ubuntu-system"]);
});
