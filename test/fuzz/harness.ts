import fc from "fast-check";
import { Testing } from "cdktf";
import { HikubeDefaults, VmDisk, VmInstance } from "../../src/constructs";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import type { Finding } from "../../src/core/findings/finding";
import { renderManifest } from "../../src/core/render/render-manifest";
import { resourceName } from "../../src/core/render/resource-address";
import { escapeTerraformTemplates } from "../../src/core/render/terraform-escape";
import { newStack } from "../helpers/synth";

/**
 * Fuzzing budget. `npm test` runs a fixed seed and a small budget; widen it locally with
 * `FUZZ_RUNS=2000 npx jest test/fuzz` (and vary it with `FUZZ_SEED=...`). Every property
 * prints its seed and a shrunk counterexample when it fails, so a failure is reproducible.
 */
export function fuzzSettings(defaultRuns: number): { seed: number; numRuns: number } {
  const seed = Number(process.env.FUZZ_SEED ?? 20261124);
  const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  return { seed, numRuns: runs };
}

/** A test timeout that grows with FUZZ_RUNS, so a long run is not cut short. */
export function fuzzTimeout(defaultRuns: number, msPerRun: number): number {
  const runs = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : defaultRuns;
  return Math.max(60_000, runs * msPerRun * 3);
}

/** What a V8 stack trace looks like in text: "    at fn (file.js:12:34)". */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/**
 * Runs fn with stdout, stderr and console captured (and silenced); returns what was printed.
 * Nothing in the core path should print: findings are returned, never logged.
 */
export function captureOutput<T>(fn: () => T): { result: T; printed: string } {
  const chunks: string[] = [];
  const grab = (chunk: unknown): boolean => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : String(chunk));
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, "write").mockImplementation(grab as typeof process.stdout.write),
    jest.spyOn(process.stderr, "write").mockImplementation(grab as typeof process.stderr.write),
    ...(["log", "info", "warn", "error", "debug", "trace"] as const).map((m) => jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void grab(args.map(String).join(" ")))),
  ];
  try {
    return { result: fn(), printed: chunks.join("") };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

const SEVERITIES = new Set(["error", "warning", "info"]);
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** Every finding is one a user can read: a severity, a path, a message; no stack trace, no private key. */
export function expectWellFormed(findings: readonly Finding[]): void {
  for (const f of findings) {
    expect(SEVERITIES.has(f.severity)).toBe(true);
    expect(typeof f.path).toBe("string");
    expect(typeof f.message).toBe("string");
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(STACK_TRACE);
    expect(f.message).not.toMatch(PRIVATE_KEY);
    expect(f.message).not.toMatch(/\bat (Object|Module|Function)\.|node:internal/);
    if (f.suggestion !== undefined) expect(f.suggestion).not.toMatch(PRIVATE_KEY);
  }
}

export const errorsIn = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.severity === "error");

export const DEFAULT_NAMESPACE = "tenant-default";

/**
 * Synthesises definitions through the library's constructs, as a cdktf app would, and returns
 * the `manifest` of each kubernetes_manifest by resource name.
 */
export function synthesizeDefinitions(defs: readonly ResourceDefinition[]): Record<string, unknown> {
  const { stack } = newStack("fuzz");
  // A definition may leave its namespace to the tool that reads it (`--namespace`): the stack's.
  HikubeDefaults.set(stack, { namespace: DEFAULT_NAMESPACE });
  defs.forEach((def, i) => {
    const options = {
      name: def.metadata.name,
      ...(def.metadata.namespace !== undefined && { namespace: def.metadata.namespace }),
      ...(def.metadata.labels && { labels: def.metadata.labels }),
      ...(def.metadata.annotations && { annotations: def.metadata.annotations }),
    };
    // The spec as construct props: exactly what a YAML document would give.
    if (def.kind === "VMDisk") new VmDisk(stack, `R${i}`, { ...(def.spec as object), ...options });
    else new VmInstance(stack, `R${i}`, { ...(def.spec as object), ...options });
  });
  const json = JSON.parse(Testing.synth(stack, true)) as { resource?: { kubernetes_manifest?: Record<string, { manifest: unknown }> } };
  const out: Record<string, unknown> = {};
  for (const [name, r] of Object.entries(json.resource?.kubernetes_manifest ?? {})) out[name] = r.manifest;
  return out;
}

/** What the construct must synthesise for an accepted definition: its rendering, escaped for Terraform. */
export function expectedManifest(def: ResourceDefinition): { name: string; manifest: unknown } {
  const manifest = renderManifest(def, { defaultNamespace: DEFAULT_NAMESPACE });
  return {
    name: resourceName(def.kind, manifest.metadata.namespace ?? "", manifest.metadata.name),
    manifest: JSON.parse(JSON.stringify(escapeTerraformTemplates(manifest))),
  };
}

// ---------------------------------------------------------------------------------------------
// Mutations: small, structure-aware changes to a valid definition, the mistakes people make
// (a field deleted, a value of the wrong type, a string where a list goes, junk appended) and
// the ones tools make (values nested, duplicated, blown up).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const junkValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -70000, max: 70000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "true", "null", "~", "${x}", "%{y}", "$${z}", "\u0000", "é✓", "a".repeat(300), "20Gi", "ubuntu-2404"),
  fc.string({ maxLength: 12 }),
  fc.constantFrom<Json>([], {}, [null], { "": null }),
);

export type Mutation =
  | { op: "delete"; at: number }
  | { op: "replace"; at: number; value: Json }
  | { op: "wrap-list"; at: number }
  | { op: "wrap-object"; at: number; key: string }
  | { op: "stringify"; at: number }
  | { op: "add-field"; at: number; key: string; value: Json }
  | { op: "rename"; at: number; key: string }
  | { op: "nest"; at: number; depth: number }
  | { op: "repeat-string"; at: number; times: number };

const fieldNames = fc.oneof(fc.constantFrom("name", "disks", "storage", "source", "image", "http", "url", "bus", "running", "external", "Spec", "kind", "__proto__", "constructor", "toString", ""), fc.string({ maxLength: 6 }));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("replace" as const), at: fc.nat(), value: junkValue }),
  fc.record({ op: fc.constant("wrap-list" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("wrap-object" as const), at: fc.nat(), key: fieldNames }),
  fc.record({ op: fc.constant("stringify" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("add-field" as const), at: fc.nat(), key: fieldNames, value: junkValue }),
  fc.record({ op: fc.constant("rename" as const), at: fc.nat(), key: fieldNames }),
  fc.record({ op: fc.constant("nest" as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant("repeat-string" as const), at: fc.nat(), times: fc.integer({ min: 2, max: 2000 }) }),
);

type Segment = string | number;

function pathsOf(value: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Applies mutations to a copy of a definition (plain data: what a YAML document would hold). */
export function mutate(def: ResourceDefinition, mutations: readonly Mutation[]): ResourceDefinition {
  let root = clone(def) as unknown as { [key: string]: Json };
  for (const m of mutations) {
    const paths = pathsOf(root).filter((p) => p.length > 0);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length];
    const parent = path.slice(0, -1).reduce<Json>((node, seg) => (node as Record<string, Json>)[seg as string], root) as Record<string, Json> | Json[];
    const key = path[path.length - 1];
    const current = (parent as Record<string, Json>)[key as string];
    const set = (value: Json | undefined) => {
      if (Array.isArray(parent) && typeof key === "number") {
        if (value === undefined) parent.splice(key, 1);
        else parent[key] = value;
      } else if (value === undefined) delete (parent as Record<string, Json>)[key as string];
      else Object.defineProperty(parent, key as string, { value, enumerable: true, writable: true, configurable: true });
    };
    switch (m.op) {
      case "delete":
        set(undefined);
        break;
      case "replace":
        set(m.value);
        break;
      case "wrap-list":
        set([current]);
        break;
      case "wrap-object":
        set({ [m.key]: current });
        break;
      case "stringify":
        set(typeof current === "string" ? current : JSON.stringify(current));
        break;
      case "add-field":
        if (current !== null && typeof current === "object" && !Array.isArray(current)) {
          Object.defineProperty(current, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        } else set(m.value);
        break;
      case "rename":
        if (!Array.isArray(parent) && typeof key === "string") {
          delete parent[key];
          Object.defineProperty(parent, m.key, { value: current, enumerable: true, writable: true, configurable: true });
        }
        break;
      case "nest": {
        let nested: Json = current;
        for (let i = 0; i < m.depth; i++) nested = i % 2 ? [nested] : { a: nested };
        set(nested);
        break;
      }
      case "repeat-string":
        set(typeof current === "string" ? current.repeat(m.times) : current);
        break;
    }
    root = clone(root);
  }
  return root as unknown as ResourceDefinition;
}

/** Gives each definition of a set its own name, so that a set never declares a resource twice. */
export function distinctNames(defs: readonly ResourceDefinition[]): ResourceDefinition[] {
  return defs.map((def, i) => ({ ...def, metadata: { ...def.metadata, name: `${typeof def.metadata.name === "string" ? def.metadata.name.slice(0, 30) : "x"}-${i}` } }));
}
