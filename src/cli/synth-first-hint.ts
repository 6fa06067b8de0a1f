import { readdirSync, statSync } from "node:fs";
import { basename } from "node:path";

const MANIFEST = /\.(ya?ml)$/i;

/**
 * When a side of `diff` is manifests (a YAML file, or a folder of them and no Terraform JSON), what to do
 * instead: diff compares what synth writes, not what it reads.
 */
export function synthFirstHint(path: string, shown: string): string | undefined {
  let entries: string[];
  try {
    if (!statSync(path).isDirectory()) return MANIFEST.test(basename(path)) ? hint(shown, `${shown} is a manifest file`) : undefined;
    entries = readdirSync(path);
  } catch {
    return undefined;
  }
  if (entries.some((e) => e.endsWith(".tf.json") || e === "cdktf.out")) return undefined;
  return entries.some((e) => MANIFEST.test(e)) ? hint(shown, `${shown} holds manifests, not a synthesised configuration`) : undefined;
}

function hint(shown: string, what: string): string {
  return `${what}: run synth first (hikube-vm synth ${shown} --namespace NS --out DIR), then diff the DIRs`;
}
