import { adoptConflict, adoptionProblem } from "../terraform/adoption";
import { BACKENDS, DEFAULT_BACKEND, type Backend } from "../terraform/backend";
import { stringOption, type OptionSpec, type ParsedArgs } from "./args";
import { UsageError } from "./command";

/** The options of the commands that write a stack (synth) or its code (import). */
export const BACKEND_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  backend: { type: "string", values: BACKENDS },
  "no-force-conflicts": { type: "boolean" },
  "adopt-from": { type: "string", values: BACKENDS },
  adopt: { type: "boolean" },
  kubeconfig: { type: "string" },
  context: { type: "string" },
};

export const BACKEND_OPTIONS_HELP = `  --backend B          kubernetes (default: kubernetes_manifest, hashicorp/kubernetes) or
                       kubectl (kubectl_manifest, alekc/kubectl: no CRD access needed at plan time)
  --no-force-conflicts server-side apply without force_conflicts (kubernetes backend); by default
                       conflicts are forced: cozystack-api keeps no managedFields, so any change
                       of a value would conflict with the manager 'before-first-apply'
  --adopt-from B       the backend the objects were applied with until now: writes import and
                       removed blocks so that Terraform (>= 1.7) adopts them under the new backend
                       instead of destroying them; drop it once applied
  --adopt              the objects exist already, made without Terraform (FILES may be the
                       output of kubectl get vminstances,vmdisks -o yaml): writes an import block
                       per resource, so the first plan imports them; server fields (status, uid,
                       managedFields, platform labels) are dropped and listed on one line
  --kubeconfig FILE    the provider's config_path (default: the provider's, KUBE_CONFIG_PATH)
  --context NAME       the provider's config_context`;

export interface BackendChoice {
  readonly backend: Backend;
  readonly forceConflicts: boolean;
  readonly adoptFrom?: Backend;
  readonly adopt?: boolean;
  readonly kubeconfig?: string;
  readonly kubeContext?: string;
}

export function backendOptions(args: ParsedArgs): BackendChoice {
  const backend = stringOption(args, "backend", DEFAULT_BACKEND) as Backend;
  const forceConflicts = args.options["no-force-conflicts"] !== true;
  if (!forceConflicts && backend === "kubectl") {
    throw new UsageError("--no-force-conflicts is for the kubernetes backend: kubectl_manifest applies client-side, with no conflicts to force");
  }
  const adoptFrom = stringOption(args, "adopt-from") as Backend | undefined;
  const problem = adoptFrom !== undefined ? adoptionProblem(adoptFrom, backend) : undefined;
  if (problem) throw new UsageError(`--adopt-from ${adoptFrom}: ${problem.replace("adoptFrom names", "it names")}; give --backend the new one`);
  const adopt = args.options.adopt === true;
  const conflict = adoptConflict(adopt, adoptFrom);
  if (conflict) throw new UsageError(`--adopt with --adopt-from: ${conflict.replace(/adopt \(/, "--adopt (").replace(/adoptFrom \(/, "--adopt-from (")}`);
  const kubeconfig = stringOption(args, "kubeconfig");
  const kubeContext = stringOption(args, "context");
  return {
    backend,
    forceConflicts,
    ...(adoptFrom !== undefined && { adoptFrom }),
    ...(adopt && { adopt }),
    ...(kubeconfig !== undefined && { kubeconfig }),
    ...(kubeContext !== undefined && { kubeContext }),
  };
}
