import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";

/** One corpus file: definitions sharing a namespace, checked in one environment. */
export interface CorpusCase {
  /** File name without .json, usable as a Terraform identifier after `c_`. */
  readonly id: string;
  readonly description: string;
  readonly environment: string;
  readonly definitions: readonly ResourceDefinition[];
}

const DIR = join(__dirname, "corpus");

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
