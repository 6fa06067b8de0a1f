import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parse } from "yaml";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import type { Environment } from "../../src/policy";
import type { Group } from "./two-engines";

const DIR = join(__dirname, "..", "cases");

/** One case file: test/cases/<check>/{pass,fail}-<name>.yaml. */
export interface Case extends Group {
  readonly file: string;
  readonly check: string;
  readonly pass: boolean;
  readonly error?: { readonly resource: string; readonly path: string };
}

/** Every shared case, in directory and file order. */
export function loadSharedCases(): Case[] {
  return readdirSync(DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(DIR, d.name))
        .filter((f) => /^(pass|fail)-.*\.yaml$/.test(f))
        .sort()
        .map((f, i) => {
          // YAML 1.1 as the files are written (1e1000 is a string there, a float in YAML 1.2).
          const data = parse(readFileSync(join(DIR, d.name, f), "utf8"), { version: "1.1" }) as { check: string; environment: Environment; definitions: ResourceDefinition[]; error?: Case["error"] };
          return { ...data, file: `${d.name}/${f}`, pass: f.startsWith("pass-"), id: `${d.name.replace(/[^a-z0-9]/g, "_")}_${i}` };
        }),
    );
}
