import { isAbsolute, join, relative, sep } from "path";
import { TerraformBackend, TerraformStack } from "./framework";
import { onStackSynthesis } from "./stack-aspect";

/**
 * A stack without a backend gets cdktf's local backend, whose `path` cdktf writes as an absolute path into the
 * project folder (`/home/me/infra/terraform.production.tfstate`): wrong as soon as cdk.tf.json runs elsewhere (CI,
 * a colleague's clone). This writes the same state file relative to the stack's directory
 * (`../../../terraform.production.tfstate` from `cdktf.out/stacks/production`), so existing state is still found.
 * A backend the app declares itself (another path, another type) is left alone.
 */
export function relativeLocalState(stack: TerraformStack): void {
  onStackSynthesis(stack, "relative local state", () => {
    const backends = stack.node.findAll().filter((c): c is TerraformBackend => TerraformBackend.isBackend(c));
    const outdir = (stack.node.root as { outdir?: unknown }).outdir;
    if (backends.length !== 1 || typeof outdir !== "string") return;
    // By now (aspects run after App.synth() prepared the stacks) cdktf has added its default backend.
    const defaultPath = join(process.cwd(), `terraform.${stack.node.id}.tfstate`);
    const local = (backends[0].toTerraform() as { terraform?: { backend?: { local?: Record<string, unknown> } } }).terraform?.backend?.local;
    if (!local || local.path !== defaultPath || Object.keys(local).length !== 1) return;
    const stackDir = join(isAbsolute(outdir) ? outdir : join(process.cwd(), outdir), "stacks", stack.node.id);
    // Terraform reads `/` on every platform.
    stack.addOverride("terraform.backend.local.path", relative(stackDir, defaultPath).split(sep).join("/"));
  });
}
