import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Catalog } from "../../core/catalog/types";
import type { ResourceDefinition } from "../../core/definition/resource-definition";
import { renderManifest, type KubernetesManifest } from "../../core/render/render-manifest";
import { evaluatePolicies, type PolicyReport } from "../../policy/engine";
import type { Environment } from "../../policy/environment";
import type { Waiver } from "../../policy/waivers/waiver";
import { policyReportFiles } from "../../report/policy-report-files";
import type { Backend } from "../../terraform/backend";
import { constructDefinition } from "../../terraform/construct-definition";
import type { ProviderSettings } from "../../terraform/provider-block";
import { writeStackJson } from "../../terraform/stack-json";

export const STACK_FILE = "cdk.tf.json";

export interface WriteStackOptions {
  readonly stackName: string;
  readonly backend: Backend;
  readonly catalog: Catalog;
  /** HikubeDefaults' namespace, as `import` writes it. */
  readonly namespace?: string;
  /** HikubeDefaults' environment (prevent_destroy on production data disks) and HikubePolicies'. */
  readonly environment: Environment;
  readonly forceConflicts: boolean;
  /** HikubeDefaults' adoptFrom: import and removed blocks hand the objects over from that backend. */
  readonly adoptFrom?: Backend;
  /** HikubeDefaults' adopt: an import block per resource, for objects made without Terraform. */
  readonly adopt?: boolean;
  readonly provider: ProviderSettings;
  readonly waivers?: readonly Waiver[];
  readonly externalDisks?: readonly string[];
  /**
   * The policy report of these very definitions with these options, when the caller already evaluated them (the
   * command's checks did): not evaluated again. Its file positions are dropped: the constructs' have none.
   */
  readonly policies?: PolicyReport;
}

/**
 * Writes into `dir` what a cdktf app of the library's constructs (with HikubePolicies) writes into its stack's
 * directory: cdk.tf.json and the policy reports, the same bytes, without loading the framework. The
 * definitions are valid (the command checked them). Returns the files written.
 */
export function writeStack(definitions: readonly ResourceDefinition[], dir: string, options: WriteStackOptions): string[] {
  const defs = definitions.map((d) => constructDefinition(d, options.namespace));
  // When the policies run here, each manifest is rendered once for them and the resources; otherwise each is
  // rendered as its resource is written, and not kept.
  const rendered = options.policies ? undefined : new Map<ResourceDefinition, KubernetesManifest>(defs.map((d) => [d, renderManifest(d)]));
  const report = options.policies
    ? withoutPositions(options.policies)
    : evaluatePolicies(defs, {
        environment: options.environment,
        catalog: options.catalog,
        rendered,
        ...(options.waivers && { waivers: options.waivers }),
        ...(options.externalDisks && { externalDisks: options.externalDisks }),
      });
  // The stack is streamed to its file: for a large fleet its text would be most of the command's memory.
  writeStackJson(join(dir, STACK_FILE), defs, {
    stackName: options.stackName,
    backend: options.backend,
    environment: options.environment,
    forceConflicts: options.forceConflicts,
    ...(options.adoptFrom !== undefined && { adoptFrom: options.adoptFrom }),
    ...(options.adopt && { adopt: true }),
    provider: options.provider,
    ...(rendered && { rendered }),
  });
  // As the App does: its HikubePolicies reach a stack through the stack's first Hikube resource (cdktf 0.21
  // does not visit App-level aspects), so a stack without resources gets no report.
  const reports = defs.length > 0 ? policyReportFiles(report, { environment: options.environment }) : {};
  for (const name of Object.keys(reports)) writeFileSync(join(dir, name), reports[name]);
  return [STACK_FILE, ...Object.keys(reports)].map((name) => join(dir, name));
}

/** The report as the constructs' definitions (which have no file position) give it. */
function withoutPositions(report: PolicyReport): Pick<PolicyReport, "findings" | "summary"> {
  return {
    findings: report.findings.map((f) => {
      if (f.source === undefined) return f;
      const { source: _source, ...rest } = f;
      return rest;
    }),
    summary: report.summary,
  };
}
