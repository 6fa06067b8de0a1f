// The package root: the framework-free API and the constructs, built against cdktf. `hikube-vm/cdktn` offers the
// same with the constructs built against CDK Terrain (see constructs/entry.ts).
export * from "./constructs/entry";
