// The only file of the construct layer that names the framework. The package root is built against cdktf; the
// `hikube-vm/cdktn` build compiles the same sources against CDK Terrain (cdktn), its API-compatible continuation,
// by rewriting this file's module name (scripts/build-cdktn.js). Everything here is the framework's core: no
// provider bindings.
export {
  Annotations,
  Aspects,
  Fn,
  IAspect,
  IResolvable,
  LocalBackend,
  TerraformBackend,
  TerraformDataSource,
  TerraformElement,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  Token,
  ref,
} from "cdktf";
export type { TerraformMetaArguments, TerraformProviderConfig, TerraformResourceLifecycle } from "cdktf";
// Not re-exported by the package root of either framework; the path is the same in cdktf 0.21 and cdktn 0.24.
export { addCustomSynthesis } from "cdktf/lib/synthesize/synthesizer";
