// The Terraform JSON of Hikube resources, for both backends, without any framework: the constructs and
// `hikube-vm synth` write the same arguments from here.
export * from "./backend";
export * from "./resource-settings";
export { resourceBody, type BodyEscaping } from "./resource-body";
export { kubectlYamlBody, type TokenHooks } from "./kubectl-yaml-body";
