import fc from "fast-check";
import { HCL_DIFFERENCES } from "../../src/generate/hcl/hcl-differences";
import { compareEngines, type Difference } from "../helpers/compare-engines";
import { terraformTest } from "../helpers/terraform";
import { libraryDecision, moduleDecisions, type Group } from "../helpers/two-engines";
import { vmGroup } from "../helpers/vm-groups";

// A fixed seed keeps CI reproducible; HIKUBE_FUZZ_RUNS / HIKUBE_FUZZ_SEED widen or vary the run.
const RUNS = Number(process.env.HIKUBE_FUZZ_RUNS ?? 200);
const SEED = Number(process.env.HIKUBE_FUZZ_SEED ?? 20261201);

terraformTest(
  `differential: ${RUNS} generated VM groups (seed ${SEED}) decide and render the same in the library and modules/manifests, differences only as documented`,
  () => {
    const started = Date.now();
    const groups: Group[] = fc.sample(vmGroup(), { seed: SEED, numRuns: RUNS }).map((g, i) => ({ ...g, id: `g${i}` }));
    const module = moduleDecisions(groups);
    const differences: Difference[] = groups.flatMap((g) => compareEngines(g, libraryDecision(g), module.get(g.id)!));
    const undocumented = differences.filter((d) => !d.documented);
    const refusedByLibrary = groups.filter((g) => libraryDecision(g).errors.length > 0).length;
    // The figures CI logs: groups run, how many each engine refused, differences found and documented.
    process.stdout.write(
      `hcl differential: ${groups.length} groups, library refused ${refusedByLibrary}, module refused ${groups.filter((g) => module.get(g.id)!.problems.length > 0).length}, ` +
        `differences ${differences.length} (documented ${differences.length - undocumented.length}: ${[...new Set(differences.map((d) => d.documented).filter(Boolean))].join(", ") || "none"}; undocumented ${undocumented.length}), ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    expect(undocumented.map((d) => `${d.group}: ${d.what}\n  ${JSON.stringify(groups.find((g) => g.id === d.group)?.definitions)}`).slice(0, 15)).toEqual([]);
    // Both outcomes are exercised, or the comparison says little.
    expect(refusedByLibrary).toBeGreaterThan(groups.length / 10);
    expect(groups.length - refusedByLibrary).toBeGreaterThan(groups.length / 10);
    // Every documented difference names a real entry (the list the README is generated from).
    for (const d of differences) expect(HCL_DIFFERENCES.map((e) => e.id)).toContain(d.documented);
  },
  900_000,
);
