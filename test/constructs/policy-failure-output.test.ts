import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { App, Aspects, TerraformStack } from "cdktf";
import { HikubeDefaults, HikubePolicies, KubernetesProvider, VirtualMachine } from "../../src";
import { ED25519_KEY } from "../helpers/definitions";
import { makePrivateKeyPem } from "../helpers/ssh-keys";

// What a user sees when a stack breaks the policies: one line per finding, no stack trace per finding, no
// hint that an environment variable lets errors through, and nothing written.
function app(props: { skipValidation?: boolean } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), "hk-policy-output-"));
  const a = new App({ outdir, ...props });
  return { app: a, outdir, stackFile: join(outdir, "stacks", "prod", "cdk.tf.json") };
}

function brokenStack(a: App, sshKeys: string[] = [ED25519_KEY]) {
  const stack = new TerraformStack(a, "prod");
  new KubernetesProvider(stack, "kubernetes", {});
  HikubeDefaults.set(stack, { namespace: "tenant-prod" });
  // HK001 (local storage), HK002 (one disk), HK003 (WholeIP), HK018 (no firewall); HK016 a warning.
  new VirtualMachine(stack, "Api", {
    name: "api",
    systemDisk: { image: "ubuntu", storage: "20Gi", storageClass: "local" },
    external: true,
    externalMethod: "WholeIP",
    sshKeys,
  });
  Aspects.of(a).add(new HikubePolicies({ environment: "production", writeReports: false }));
  return stack;
}

function thrown(fn: () => void): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected the synthesis to fail");
}

test("policy errors fail app.synth() with one line per finding and no annotation stack traces", () => {
  const { app: a, stackFile } = app();
  const stack = brokenStack(a);
  const error = thrown(() => a.synth());
  const findingLines = error.message.split("\n").filter((l) => /\[HK0\d\d\]/.test(l));
  expect(findingLines.map((l) => /\[(HK0\d\d)\]/.exec(l)?.[1])).toEqual(["HK001", "HK002", "HK003", "HK018"]);
  expect(error.message).not.toMatch(/CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS/);
  expect(existsSync(stackFile)).toBe(false);
  // No error annotations (cdktf prints each with its stack trace); warnings carry no trace either.
  const metadata = stack.node.findAll().flatMap((c) => c.node.metadata);
  expect(metadata.filter((m) => m.type === "@cdktf/error")).toEqual([]);
  const warnings = metadata.filter((m) => m.type === "@cdktf/warn" && /HK016/.test(String(m.data)));
  expect(warnings).toHaveLength(1);
  expect(warnings[0].trace).toBeUndefined();
});

describe("with CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS set", () => {
  const before = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
  beforeAll(() => (process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true"));
  afterAll(() => (before === undefined ? delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS : (process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = before)));

  test("policy errors still fail and nothing is written (the cdktf CLI always sets it)", () => {
    const { app: a, stackFile } = app();
    brokenStack(a);
    expect(() => a.synth()).toThrow(/\[HK002\]/);
    expect(existsSync(stackFile)).toBe(false);
  });
});

test("an unwaivable rule (HK014, a private key) fails even an app built with skipValidation, without echoing the key", () => {
  const { app: a, stackFile } = app({ skipValidation: true });
  const key = makePrivateKeyPem();
  brokenStack(a, [key]);
  const error = thrown(() => a.synth());
  expect(error.message).toMatch(/cannot be waived:\n {2}\[HK014\] VMInstance\/tenant-prod\/api spec\.sshKeys\[0\]/);
  expect(error.message).not.toContain(key.split("\n")[1]);
  expect(error.stack).toBe(error.message);
  expect(existsSync(stackFile)).toBe(false);
});

test("waivable errors are skipped by skipValidation only, the App option a user writes on purpose", () => {
  const { app: a, stackFile } = app({ skipValidation: true });
  brokenStack(a);
  a.synth();
  expect(existsSync(stackFile)).toBe(true);
});
