import type { Risk, StackState } from "./model";

/**
 * Whether the Terraform state of a single-stack configuration moves between BEFORE and AFTER, as a risk for each of
 * its resources: the new state does not hold them, so Terraform plans to create them again (and fails, they exist)
 * while the old state still manages them. It moves when the backend block changes (a local state file is compared
 * by name: its folder is where the checkout is), or when the stack is renamed and its state is found relative to the
 * stack's working directory, which cdktf names after the stack (cdktf.out/stacks/NAME): a relative local path.
 * Only configurations that declare their backend are compared (cdktf and synth always do): a .tf.json without one
 * may be part of a configuration whose backend is in another file.
 */
export function stateMoveRisk(before: readonly StackState[] | undefined, after: readonly StackState[] | undefined): Risk | undefined {
  const [b, a] = [single(before), single(after)];
  if (!b?.backend || !a?.backend) return undefined;
  const [nameB, nameA] = [b.stack || b.stackName, a.stack || a.stackName];
  const [backendB, backendA] = [comparable(b.backend), comparable(a.backend)];
  let why: string | undefined;
  if (backendB !== backendA) why = `its backend changes from ${describe(b.backend)} to ${describe(a.backend)}`;
  else if (nameB !== undefined && nameA !== undefined && nameB !== nameA && followsStackName(a.backend)) {
    why = `the stack is renamed from ${nameB} to ${nameA}, and its state (${describe(a.backend)}) is found in the stack's working directory, which cdktf names after the stack`;
  }
  if (!why) return undefined;
  return {
    id: "state-moves",
    type: "state",
    severity: "error",
    message: `the Terraform state moves: ${why}. The new state does not hold this object, so Terraform plans to create it again (the create fails: it exists) while the old state still manages it, and destroying the old stack deletes it. Move the state first (copy or 'terraform state pull' / 'push' it to the new place), or keep the stack name and backend`,
  };
}

/** The stack of a single-stack side, its files merged (the first stack name and backend said). */
function single(states: readonly StackState[] | undefined): StackState | undefined {
  if (!states || states.length === 0 || new Set(states.map((s) => s.stack)).size !== 1) return undefined;
  return { stack: states[0].stack, stackName: states.find((s) => s.stackName)?.stackName, backend: states.find((s) => s.backend)?.backend };
}

/** A local path by its file name: `/ci/base/terraform.web.tfstate` and `/ci/head/terraform.web.tfstate` are one state. */
function comparable(backend: string | undefined): string | undefined {
  const local = localPath(backend);
  return local !== undefined ? `local:${local.split(/[\\/]/).pop()}` : backend;
}

function localPath(backend: string | undefined): string | undefined {
  if (backend === undefined) return undefined;
  try {
    const parsed = JSON.parse(backend) as { local?: { path?: unknown } };
    if (parsed.local && Object.keys(parsed).length === 1) return typeof parsed.local.path === "string" ? parsed.local.path : "terraform.tfstate";
  } catch {
    // Not ours: compared as text.
  }
  return undefined;
}

function followsStackName(backend: string | undefined): boolean {
  const local = localPath(backend);
  return local !== undefined && !/^([\\/]|[A-Za-z]:)/.test(local);
}

function describe(backend: string | undefined): string {
  const local = localPath(backend);
  if (local !== undefined) return `local ${local}`;
  const type = backend === undefined ? undefined : Object.keys(JSON.parse(backend) as object)[0];
  return type ? `backend ${type}` : "no backend";
}
