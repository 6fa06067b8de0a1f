import { join } from "path";
import { CORPUS, runCli } from "./helpers/run-cli";

const WITHOUT_CDKTF = ["-r", join(__dirname, "fixtures", "without-cdktf.js")];
const SEED = join(CORPUS, "valid", "seed-ubuntu-golden-disk.yaml");

test("validate needs no cdktf at all", () => {
  const result = runCli(["validate", SEED, "--namespace", "tenant-a"], { nodeArgs: WITHOUT_CDKTF });
  expect(result.status).toBe(0);
});

test("synth without the cdktf peer dependency says what to install, with no stack", () => {
  const result = runCli(["synth", SEED, "--namespace", "tenant-a", "--out", join(__dirname, "never-written")], { nodeArgs: WITHOUT_CDKTF });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("needs cdktf, a peer dependency of hikube-vm that is not installed: npm install");
  expect(result.stderr).not.toMatch(/Require stack|\n\s+at /);
});
