// The Terraform JSON of Hikube resources, for both backends, without any framework: the constructs and
// `hikube-vm synth` write the same arguments from here.
export * from "./backend";
export * from "./resource-settings";
export { resourceBody, type BodyEscaping } from "./resource-body";
export { kubectlYamlBody, type TokenHooks } from "./kubectl-yaml-body";
export { stackJson, stackJsonText, type StackJsonOptions } from "./stack-json";
export { constructDefinition } from "./construct-definition";
export { constructId } from "./construct-id";
export { providerArguments, type ProviderSettings } from "./provider-block";
export { defaultDiskRole, preventsDestroy, type DiskRole, type DiskRoleInput } from "./disk-protection";
export { attachedDiskNames, diskDependencies, type DiskEntry } from "./disk-dependencies";
export { READY_WAIT } from "./default-wait";
export { FRAMEWORK_VERSION } from "./framework-version";
export { stableJson } from "./stable-json";
export { importId, backendImportId, type ObjectIdentity } from "./import-id";
export { adoptionBlocks, adoptionProblem, type AdoptionBlocks } from "./adoption";
