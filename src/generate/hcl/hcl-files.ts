import { readFileSync } from "fs";
import { join } from "path";
import { HIKUBE_CATALOG } from "../../core/catalog";
import { fillSections } from "../readme-sections";
import { catalogTf } from "./catalog-tf";
import { moduleReadmeSections } from "./module-readme";
import { manifestsInputsTf, manifestsVariablesTf, stackVariablesTf, virtualMachineInputsTf, virtualMachineVariablesTf, vmDiskInputsTf, vmDiskVariablesTf, vmInstanceInputsTf, vmInstanceVariablesTf } from "./module-variables";
import { hclDifferencesMarkdown } from "./hcl-differences";
import { passwordLoginTf } from "./password-login-tf";
import { policyLevelsTf } from "./policy-levels-tf";
import { renderTf } from "./render-tf";
import { virtualMachineSpecTf, vmDiskSpecTf, vmInstanceSpecTf } from "./spec-locals-tf";
import { kubectlFlatModuleTf, stackExternalAddressTf, stackMainTf, stackOutputsTf, versionsTf } from "./stack-tf";

const ROOT = join(__dirname, "..", "..", "..");

/** A committed, hand-written file of a module (the kubectl modules derive theirs from it). */
const committed = (module: string, file: string) => readFileSync(join(ROOT, "modules", module, file), "utf8");

/**
 * The HCL modules, each with its generated files (path inside the module → content). The
 * resource modules come in two backends: modules/<name> with kubernetes_manifest and
 * modules/kubectl-<name> with kubectl_manifest (see modules/kubectl-stack/README.md for why two
 * sets rather than a variable); the kubectl flat modules are their kubernetes twins re-pointed.
 */
export const HCL_MODULES: Readonly<Record<string, () => Record<string, string>>> = {
  manifests: () => ({ "variables.tf": manifestsVariablesTf(), "inputs.tf": manifestsInputsTf(), "catalog.tf": catalogTf(HIKUBE_CATALOG), "render.tf": renderTf(), "policy-levels.tf": policyLevelsTf(), "password-login.tf": passwordLoginTf() }),
  stack: () => ({ "variables.tf": stackVariablesTf("kubernetes"), "main.tf": stackMainTf("kubernetes"), "outputs.tf": stackOutputsTf("kubernetes"), "external-address.tf": stackExternalAddressTf("kubernetes"), "versions.tf": versionsTf("kubernetes") }),
  "vm-disk": () => ({ "variables.tf": vmDiskVariablesTf("kubernetes"), "inputs.tf": vmDiskInputsTf(), "spec.tf": vmDiskSpecTf(), "versions.tf": versionsTf("kubernetes") }),
  "vm-instance": () => ({ "variables.tf": vmInstanceVariablesTf("kubernetes"), "inputs.tf": vmInstanceInputsTf(), "spec.tf": vmInstanceSpecTf(), "versions.tf": versionsTf("kubernetes") }),
  "virtual-machine": () => ({ "variables.tf": virtualMachineVariablesTf("kubernetes"), "inputs.tf": virtualMachineInputsTf(), "spec.tf": virtualMachineSpecTf(), "versions.tf": versionsTf("kubernetes") }),
  "kubectl-stack": () => ({ "variables.tf": stackVariablesTf("kubectl"), "main.tf": stackMainTf("kubectl"), "outputs.tf": stackOutputsTf("kubectl"), "external-address.tf": stackExternalAddressTf("kubectl"), "versions.tf": versionsTf("kubectl") }),
  ...Object.fromEntries(
    (
      [
        ["vm-disk", vmDiskVariablesTf, vmDiskSpecTf, vmDiskInputsTf],
        ["vm-instance", vmInstanceVariablesTf, vmInstanceSpecTf, vmInstanceInputsTf],
        ["virtual-machine", virtualMachineVariablesTf, virtualMachineSpecTf, virtualMachineInputsTf],
      ] as const
    ).map(([module, variables, spec, inputs]) => [
      `kubectl-${module}`,
      () => ({
        "variables.tf": variables("kubectl"),
        "inputs.tf": inputs(),
        "spec.tf": spec(),
        "main.tf": kubectlFlatModuleTf(committed(module, "main.tf")),
        "outputs.tf": kubectlFlatModuleTf(committed(module, "outputs.tf")),
        "versions.tf": versionsTf("kubectl"),
      }),
    ]),
  ),
};

/**
 * The generated files of the HCL modules, by path from the repository root: the parts derived
 * from the schema and catalog, and the inputs/outputs tables of each module's README (read
 * from the generated variables.tf and the committed outputs.tf).
 */
export function hclModuleFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [module, generate] of Object.entries(HCL_MODULES)) {
    const dir = `modules/${module}`;
    const generated = generate();
    for (const [file, content] of Object.entries(generated)) files[`${dir}/${file}`] = content;
    const outputs = generated["outputs.tf"] ?? readFileSync(join(ROOT, dir, "outputs.tf"), "utf8");
    const readme = readFileSync(join(ROOT, dir, "README.md"), "utf8");
    const sections = moduleReadmeSections([generated["variables.tf"], outputs]);
    // The manifests module lists what HCL cannot check, from the list the differential tests read.
    files[`${dir}/README.md`] = fillSections(readme, module === "manifests" ? { ...sections, "hcl-differences": hclDifferencesMarkdown() } : sections);
  }
  return files;
}
