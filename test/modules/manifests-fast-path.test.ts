import fc from "fast-check";
import { loadSharedCases } from "../helpers/shared-cases";
import { terraformTest } from "../helpers/terraform";
import { moduleDecisions, type Group, type ModuleDecision } from "../helpers/two-engines";
import { vmGroup } from "../helpers/vm-groups";
import { cpSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { terraform } from "../helpers/terraform";

/**
 * modules/manifests reads plain inputs on its fast path (one regex over their JSON, rendered as
 * given) and every other input on its exact path (src/generate/hcl/fast-path.ts). The two must
 * decide and render alike: each shared case and a seeded sample of generated groups runs through
 * the module as it is and through a copy whose fast path is turned off, as given and with every
 * unset attribute written as null.
 */
interface FleetInputs {
  readonly namespace: string;
  readonly environment: string;
  readonly disks: Record<string, unknown>;
  readonly instances: Record<string, Record<string, unknown>>;
}
// The benchmark's fleet (bench/hcl-fleet.js), the form the fast path is for.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestsInputs } = require("../../bench/hcl-fleet") as { manifestsInputs: (n: number) => FleetInputs };

const RUNS = Number(process.env.HIKUBE_FUZZ_RUNS ?? 40);
const SEED = Number(process.env.HIKUBE_FUZZ_SEED ?? 20261202);

const withoutPath = ({ path: _path, ...rest }: ModuleDecision) => rest;

terraformTest(
  `the fast path decides and renders like the exact path: every shared case and ${RUNS} generated groups (seed ${SEED})`,
  () => {
    const generated: Group[] = fc.sample(vmGroup(), { seed: SEED, numRuns: RUNS }).map((g, i) => ({ ...g, id: `f${i}` }));
    const groups: Group[] = [...loadSharedCases(), ...generated];
    const asIs = moduleDecisions(groups);
    const exact = moduleDecisions(groups, { exactPathOnly: true });
    // The same groups with every unset attribute written as null, as typed HCL objects pass them on.
    const asIsNull = moduleDecisions(groups, { nullUnset: true });
    const exactNull = moduleDecisions(groups, { exactPathOnly: true, nullUnset: true });
    const differing = groups.filter((g) => JSON.stringify(withoutPath(asIs.get(g.id)!)) !== JSON.stringify(withoutPath(exact.get(g.id)!)));
    expect(differing.map((g) => ({ id: g.id, fast: asIs.get(g.id), exact: exact.get(g.id) })).slice(0, 5)).toEqual([]);
    const differingNull = groups.filter((g) => JSON.stringify(withoutPath(asIsNull.get(g.id)!)) !== JSON.stringify(withoutPath(exactNull.get(g.id)!)));
    expect(differingNull.map((g) => ({ id: g.id, fast: asIsNull.get(g.id), exact: exactNull.get(g.id) })).slice(0, 5)).toEqual([]);
    expect(groups.filter((g) => asIsNull.get(g.id)!.path === "fast").length).toBeGreaterThan(20);
    // Both paths are exercised: accepted groups in the plain form go fast, the others (and the turned-off copy) exact.
    const paths = groups.map((g) => asIs.get(g.id)!.path).filter((p) => p !== undefined);
    expect(paths.filter((p) => p === "fast").length).toBeGreaterThan(20);
    expect(paths.filter((p) => p === "exact").length).toBeGreaterThan(5);
    expect(groups.every((g) => exact.get(g.id)!.path === undefined || exact.get(g.id)!.path === "exact")).toBe(true);
  },
  1_200_000,
);

terraformTest("the benchmark fleet takes the fast path; a port written as a string takes the exact path and renders the same", () => {
  const plain = manifestsInputs(3);
  const converted = JSON.parse(JSON.stringify(plain)) as FleetInputs;
  for (const instance of Object.values(converted.instances)) instance.external_ports = ["22", "443"];
  const [a, b] = [plain, converted].map(applyManifests);
  expect([a.input_path, b.input_path]).toEqual(["fast", "exact"]);
  expect(b.manifests).toEqual(a.manifests);
});

/** terraform apply of modules/manifests (a copy) with `inputs`; its input_path and manifests outputs. */
function applyManifests(inputs: FleetInputs): { input_path: string; manifests: unknown } {
  const dir = mkdtempSync(join(tmpdir(), "hikube-fast-path-"));
  cpSync(join(__dirname, "..", "..", "modules", "manifests"), join(dir, "manifests"), { recursive: true, filter: (src) => !src.includes(".terraform") && !src.includes("tests") });
  const vars = Object.keys(inputs);
  writeFileSync(
    join(dir, "main.tf.json"),
    JSON.stringify({
      variable: Object.fromEntries(vars.map((v) => [v, { type: "any" }])),
      module: { fleet: { source: "./manifests", ...Object.fromEntries(vars.map((v) => [v, `\${var.${v}}`])) } },
      output: { input_path: { value: "${module.fleet.input_path}" }, manifests: { value: "${module.fleet.manifests}" } },
    }),
  );
  writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify(inputs));
  terraform(dir, "init", "-input=false", "-no-color", "-backend=false");
  terraform(dir, "apply", "-auto-approve", "-input=false", "-no-color", "-lock=false");
  const out = JSON.parse(terraform(dir, "output", "-json")) as Record<string, { value: unknown }>;
  return { input_path: out.input_path.value as string, manifests: out.manifests.value };
}
