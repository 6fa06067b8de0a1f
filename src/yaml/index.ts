// Reading kubectl-style files (YAML, JSON, several documents, kind: List) with source positions,
// and writing normalised manifests as YAML. No cdktf here: the CLI's `validate` loads this.
export { parseManifests, readManifestFile, mergeManifestSets, ManifestReadError } from "./read-manifests";
export type { ManifestSet } from "./read-manifests";
export type { ReadOptions } from "./to-definition";
export type { LoadedResource, ManifestDocument } from "./manifest-document";
export { locatePath } from "./manifest-document";
export { locateFindings } from "./locate-findings";
export { stringifyManifests, stringifyManifest, stringifyYaml } from "./write-manifests";
