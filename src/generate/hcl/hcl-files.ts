import { readFileSync } from "fs";
import { join } from "path";
import { HIKUBE_CATALOG } from "../../core/catalog";
import { fillSections } from "../readme-sections";
import { catalogTf } from "./catalog-tf";
import { moduleReadmeSections } from "./module-readme";
import { manifestsVariablesTf, stackVariablesTf, virtualMachineVariablesTf, vmDiskVariablesTf, vmInstanceVariablesTf } from "./module-variables";
import { policyLevelsTf } from "./policy-levels-tf";
import { renderTf } from "./render-tf";
import { virtualMachineSpecTf, vmDiskSpecTf, vmInstanceSpecTf } from "./spec-locals-tf";

const ROOT = join(__dirname, "..", "..", "..");

/** The HCL modules, each with its generated files (path inside the module → content). */
export const HCL_MODULES: Readonly<Record<string, () => Record<string, string>>> = {
  manifests: () => ({ "variables.tf": manifestsVariablesTf(), "catalog.tf": catalogTf(HIKUBE_CATALOG), "render.tf": renderTf(), "policy-levels.tf": policyLevelsTf() }),
  stack: () => ({ "variables.tf": stackVariablesTf() }),
  "vm-disk": () => ({ "variables.tf": vmDiskVariablesTf(), "spec.tf": vmDiskSpecTf() }),
  "vm-instance": () => ({ "variables.tf": vmInstanceVariablesTf(), "spec.tf": vmInstanceSpecTf() }),
  "virtual-machine": () => ({ "variables.tf": virtualMachineVariablesTf(), "spec.tf": virtualMachineSpecTf() }),
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
    const outputs = readFileSync(join(ROOT, dir, "outputs.tf"), "utf8");
    const readme = readFileSync(join(ROOT, dir, "README.md"), "utf8");
    files[`${dir}/README.md`] = fillSections(readme, moduleReadmeSections([generated["variables.tf"], outputs]));
  }
  return files;
}
