import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { toManifestsModuleInputs } from "../../src/generate/hcl/module-inputs";

/** One corpus file: definitions sharing a namespace, checked in one environment. */
export interface CorpusCase {
  /** File name without .json, usable as a Terraform identifier after `c_`. */
  readonly id: string;
  readonly description: string;
  readonly environment: string;
  readonly definitions: readonly ResourceDefinition[];
}

const DIR = join(__dirname, "corpus");
const MANIFESTS_MODULE = join(__dirname, "..", "..", "modules", "manifests");

/** The shared corpus the HCL module and the TypeScript rendering must agree on. */
export function loadCorpus(): CorpusCase[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(DIR, file), "utf8")) as Omit<CorpusCase, "id" | "environment"> & { environment?: string };
      return { ...data, id: file.replace(/\.json$/, "").replace(/[^a-z0-9]+/g, "_"), environment: data.environment ?? "development" };
    });
}

/** A definition set both engines must refuse, and where each reports it. */
export interface FailingCase extends CorpusCase {
  readonly error: {
    readonly kind: string;
    readonly name: string;
    /** The library's finding path, e.g. `spec.resources.sockets`. */
    readonly path: string;
    /** What the module's validation message names, e.g. `instances["vm"].resources`. */
    readonly hcl: string;
  };
}

const FAILING_DIR = join(__dirname, "corpus-invalid");

/** The shared corpus both the library and modules/manifests must refuse. */
export function loadFailingCorpus(): FailingCase[] {
  return readdirSync(FAILING_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(FAILING_DIR, file), "utf8")) as Omit<FailingCase, "id" | "environment"> & { environment?: string };
      return { ...data, id: file.replace(/\.json$/, "").replace(/[^a-z0-9]+/g, "_"), environment: data.environment ?? "development" };
    });
}

/**
 * A root module in a fresh directory that calls modules/manifests once per case (`module.c_<id>`), with the
 * inputs in terraform.tfvars.json (variable values are never read as templates, so cloud-init passes as
 * written) and the given outputs: one init and one plan or apply for a whole corpus.
 */
export function manifestsModuleRoot(prefix: string, cases: readonly CorpusCase[], output: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(MANIFESTS_MODULE, join(dir, "manifests"), { recursive: true, filter: (src) => !src.includes(".terraform") });
  const config = {
    variable: Object.fromEntries(cases.map((c) => [`c_${c.id}`, { type: "any" }])),
    module: Object.fromEntries(
      cases.map((c) => [
        `c_${c.id}`,
        { source: "./manifests", namespace: `\${var.c_${c.id}.namespace}`, environment: `\${var.c_${c.id}.environment}`, disks: `\${var.c_${c.id}.disks}`, instances: `\${var.c_${c.id}.instances}` },
      ]),
    ),
    ...(Object.keys(output).length > 0 && { output }),
  };
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(config, null, 2));
  const inputs = Object.fromEntries(cases.map((c) => [`c_${c.id}`, { environment: c.environment, ...toManifestsModuleInputs(c.definitions) }]));
  writeFileSync(join(dir, "terraform.tfvars.json"), JSON.stringify(inputs, null, 2));
  return dir;
}
