import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { basename, dirname, join, relative, sep } from "path";
import type { DiffResource, JsonObject, MovedBlock, ResourceSet, StackState } from "../model";
import { duplicateJsonKey } from "./duplicate-json-key";
import { asObject, MANIFEST_READERS, ManifestReader } from "./manifest-attribute";
import { isTerraformConfig, readTerraformConfig } from "./terraform-config";
import { isTerraformPlan, isTerraformState, readTerraformShow } from "./terraform-show";
import { jsonErrorMessage } from "../../core/safe-output/parse-error";

/** An input that cannot be read or understood: the CLI exits 1 with this message. */
export class InputError extends Error {}

export interface LoadOptions {
  /** Resource types holding a manifest, and how to read it. @default MANIFEST_READERS */
  readonly readers?: Readonly<Record<string, ManifestReader>>;
}

/**
 * One side of a diff: a Terraform JSON file (`cdk.tf.json`), a `terraform show -json` state
 * or plan, or a folder (`cdktf.out`, `hikube-vm synth --out`) whose `*.tf.json` files are read,
 * each folder being one stack named by its path (`stacks/web` is stack `web`).
 */
export function loadResourceSet(path: string, options: LoadOptions = {}): ResourceSet {
  if (!existsSync(path)) throw new InputError(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) return loadFolder(path, options);
  const { json, repeated } = readJson(path);
  return { label: path, ...withDuplicateKeys(readDocument(json, path, "", options), path, "", repeated) };
}

/** A JSON document already read (e.g. from stdin or a test), `source` naming it in messages. */
export function resourceSetFromJson(json: unknown, source: string, options: LoadOptions = {}): ResourceSet {
  const object = asObject(json);
  if (!object) throw new InputError(`${source}: not a JSON object`);
  return { label: source, ...readDocument(object, source, "", options) };
}

function readDocument(json: JsonObject, source: string, stack: string, options: LoadOptions): { resources: DiffResource[]; moved: MovedBlock[]; stacks: StackState[] } {
  const readers = options.readers ?? MANIFEST_READERS;
  if (isTerraformPlan(json) || isTerraformState(json)) return { resources: readTerraformShow(json, stack, readers), moved: [], stacks: [] };
  if (isTerraformConfig(json)) return readTerraformConfig(json, stack, readers);
  throw new InputError(`${source}: not a Terraform JSON configuration, nor the output of 'terraform show -json' (a state or a plan)`);
}

/** A file with a key repeated in one object: read as Terraform would not be, so nothing in it can be proved safe. */
function withDuplicateKeys<T extends { resources: DiffResource[] }>(read: T, file: string, stack: string, found: RepeatedKey | undefined): T {
  if (!found) return read;
  const key = JSON.stringify(found.key.length > 60 ? `${found.key.slice(0, 60)}…` : found.key);
  const problem = `the key ${key} appears twice in one object at line ${found.line} of ${basename(file)}: JSON readers keep the last copy, Terraform reads every copy of a block, so the diff may not see what Terraform applies; merge the two`;
  return { ...read, resources: [...read.resources, { stack, address: `(file ${basename(file)})`, type: "file", problem }] };
}

type RepeatedKey = ReturnType<typeof duplicateJsonKey>;

function loadFolder(root: string, options: LoadOptions): ResourceSet {
  const files = findTerraformJson(root);
  if (files.length === 0) throw new InputError(`${root}: no *.tf.json file in this folder (expected cdktf.out, a synth --out folder or a stack folder)`);
  const resources: DiffResource[] = [];
  const moved: MovedBlock[] = [];
  const stacks: StackState[] = [];
  for (const file of files) {
    const stack = stackName(root, file);
    const { json, repeated } = readJson(file);
    const read = withDuplicateKeys(readDocument(json, file, stack, options), file, stack, repeated);
    resources.push(...read.resources);
    moved.push(...read.moved);
    stacks.push(...read.stacks);
  }
  return { label: root, resources, moved, stacks };
}

/** `stacks/web/cdk.tf.json` under cdktf.out is stack `web`; a file at the root is stack "". */
function stackName(root: string, file: string): string {
  const folder = relative(root, dirname(file)).split(sep).join("/");
  return folder.startsWith("stacks/") ? folder.slice("stacks/".length) : folder;
}

function findTerraformJson(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    // .terraform holds downloaded modules and providers, not this configuration.
    // A synth staging folder (a run killed mid-write) is not part of the configuration either.
    if (entry.name === ".terraform" || entry.name === "node_modules" || entry.name.startsWith(".hikube-vm-staging-")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...findTerraformJson(path));
    else if (basename(path).endsWith(".tf.json")) out.push(path);
  }
  return out;
}

function readJson(path: string): { json: JsonObject; repeated: RepeatedKey } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const json = JSON.parse(text) as unknown;
    const object = asObject(json);
    if (!object) throw new InputError(`${path}: not a JSON object`);
    return { json: object, repeated: duplicateJsonKey(text) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${jsonErrorMessage(error, text)}`);
  }
}
