import { writeFileSync } from "fs";
import { join } from "path";
import { addCustomSynthesis, IAspect, TerraformStack } from "./framework";
import { Construct, IConstruct } from "constructs";
import { definitionKey } from "../core/definition/resource-definition";
import { Finding, formatFinding } from "../core/findings/finding";
import { evaluatePolicies, type PolicyReport } from "../policy/engine";
import { isEnvironment, type Environment, type RuleLevel } from "../policy/environment";
import type { PolicyRule } from "../policy/rule";
import { HIKUBE_RULES } from "../policy/rules";
import { loadWaiverFile } from "../policy/waivers/load-waiver-file";
import { assertValidWaivers } from "../policy/waivers/validate-waivers";
import type { Waiver } from "../policy/waivers/waiver";
import { policyReportFiles } from "../report/policy-report-files";
import { markAsHikubePolicies } from "./app-policies-bridge";
import { HikubeDefaults } from "./hikube-defaults";
import type { HikubeResource } from "./hikube-resource";
import { stackResources } from "./resource-registry";

export interface HikubePoliciesProps {
  /**
   * Sets each rule's level: production is the strictest.
   * @default - the stack's `HikubeDefaults` environment, else "development"
   */
  readonly environment?: Environment;
  /** @default - none */
  readonly waivers?: readonly Waiver[];
  /**
   * A waiver file checked into the repository (YAML or JSON), relative to the working directory.
   * @default - none
   */
  readonly waiverFile?: string;
  /** Disks that exist outside this configuration: `name` or `namespace/name`. @default - none */
  readonly externalDisks?: readonly string[];
  /** A level per rule id, replacing its level in this environment. @default - none */
  readonly levelOverrides?: Readonly<Record<string, RuleLevel>>;
  /** @default HIKUBE_RULES */
  readonly rules?: readonly PolicyRule[];
  /** Today, for waiver expiry (tests). @default - the current date */
  readonly now?: Date;
  /**
   * Write `hikube-policy-report.json` and `.sarif` next to each synthesised stack.
   * @default true
   */
  readonly writeReports?: boolean;
}

export { POLICY_REPORT_JSON, POLICY_REPORT_SARIF } from "../report/policy-report-files";

/**
 * Enforces the Hikube policies at synthesis: `Aspects.of(app).add(new HikubePolicies({ environment: "production" }))`.
 * Each stack's resources are evaluated once, as a whole (rules look across resources); errors
 * become node validations, one line each, which fail `app.synth()` and `cdktf synth` before anything is
 * written (an error annotation would print a stack trace per finding, and
 * `CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS` would let it through); an unwaivable rule's error also fails
 * the stack's synthesis with `skipValidation`. Warnings and infos are printed, one line each; the full
 * report is written next to the synthesised stack.
 */
export class HikubePolicies implements IAspect {
  private readonly props: HikubePoliciesProps;
  private readonly waivers: readonly Waiver[];
  private readonly reports = new WeakMap<TerraformStack, PolicyReport>();

  constructor(props: HikubePoliciesProps) {
    if (props.environment !== undefined && !isEnvironment(props.environment)) {
      throw new Error(`HikubePolicies: unknown environment ${JSON.stringify(props.environment)}: expected development, staging or production`);
    }
    const rules = props.rules ?? HIKUBE_RULES;
    // Fail when the app is built, not halfway through synthesis.
    this.waivers = [...(props.waivers ?? []), ...(props.waiverFile ? loadWaiverFile(props.waiverFile, rules) : [])];
    assertValidWaivers(this.waivers, rules);
    this.props = props;
    markAsHikubePolicies(this);
  }

  /** The report of a stack, once it has been visited. */
  reportOf(stack: TerraformStack): PolicyReport | undefined {
    return this.reports.get(stack);
  }

  visit(node: IConstruct): void {
    const stack = stackOf(node);
    if (!stack || this.reports.has(stack)) return;
    const resources = [...stackResources(stack).values()];
    const byKey = new Map(resources.map((r) => [definitionKey(r.definition), r]));
    const environment = this.props.environment ?? HikubeDefaults.of(stack).environment ?? "development";
    const report = evaluatePolicies(
      resources.map((r) => r.definition),
      {
        environment,
        // Each resource rendered its manifest when it was built.
        rendered: new Map(resources.map((r) => [r.definition, r.manifest])),
        catalog: HikubeDefaults.of(stack).catalog,
        waivers: this.waivers,
        ...(this.props.externalDisks && { externalDisks: this.props.externalDisks }),
        ...(this.props.levelOverrides && { levelOverrides: this.props.levelOverrides }),
        ...(this.props.rules && { rules: this.props.rules }),
        ...(this.props.now && { now: this.props.now }),
      },
    );
    this.reports.set(stack, report);
    const remediation = new Map((this.props.rules ?? HIKUBE_RULES).map((r) => [r.id, r.remediation]));
    for (const f of report.findings) annotate(byKey.get(`${f.kind}/${f.namespace ?? ""}/${f.name}`) ?? stack, f, remediation.get(f.ruleId ?? ""));
    const unwaivable = new Set((this.props.rules ?? HIKUBE_RULES).filter((r) => !r.waivable).map((r) => r.id));
    const blocking = report.findings.filter((f) => f.severity === "error" && !f.waiver && unwaivable.has(f.ruleId ?? ""));
    if (blocking.length) refuseToSynthesise(stack, blocking);
    if (this.props.writeReports !== false) this.writeOnSynthesis(stack, report, environment);
  }

  /** Written by cdktf's synthesis into the stack's directory, so never by Testing.synth or on a plain visit. */
  private writeOnSynthesis(stack: TerraformStack, report: PolicyReport, environment: Environment): void {
    const writer = new Construct(stack, "HikubePolicyReport");
    addCustomSynthesis(writer, {
      onSynthesize: (session) => {
        const dir = join(session.outdir, session.manifest.forStack(stack).workingDirectory);
        const files = policyReportFiles(report, { environment, ...(this.props.rules && { rules: this.props.rules }) });
        for (const name of Object.keys(files)) writeFileSync(join(dir, name), files[name]);
      },
    });
  }
}

function stackOf(node: IConstruct): TerraformStack | undefined {
  if (TerraformStack.isStack(node)) return node;
  // The app (or anything above a stack) has none.
  return node.node.scopes.find((s): s is TerraformStack => TerraformStack.isStack(s));
}

// cdktf's annotation levels (the same strings in cdktn).
const WARN = "@cdktf/warn";
const INFO = "@cdktf/info";

function annotate(target: HikubeResource | TerraformStack, f: Finding, remediation: string | undefined): void {
  const text = formatFinding(f);
  if (f.waiver) {
    note(target, INFO, `${text} (waived${f.waiver.expires ? ` until ${f.waiver.expires}` : ""}: ${f.waiver.reason})`);
    return;
  }
  const withFix = remediation ? `${text}. Fix: ${remediation}` : text;
  // A validation, not an error annotation: cdktf lists failed validations one line each and no environment
  // variable skips them.
  if (f.severity === "error") target.node.addValidation({ validate: () => [withFix] });
  else note(target, f.severity === "warning" ? WARN : INFO, withFix);
}

/** An annotation without the stack trace `Annotations` records (the cdktf CLI prints it under every message). */
function note(target: IConstruct, level: string, message: string): void {
  target.node.addMetadata(level, message, { stackTrace: false });
}

/**
 * A private key in the configuration is never written, even by an app built with `skipValidation`: the stack's
 * synthesis throws before cdk.tf.json, with one line per finding and no stack trace.
 */
function refuseToSynthesise(stack: TerraformStack, findings: readonly Finding[]): void {
  const guard = new Construct(stack, "HikubeUnwaivableRules");
  addCustomSynthesis(guard, {
    onSynthesize: () => {
      const lines = findings.map((f) => `  ${formatFinding(f)}`);
      const error = new Error(`${stack.node.path}: ${findings.length} finding${findings.length === 1 ? "" : "s"} of a rule that cannot be waived:\n${lines.join("\n")}`);
      error.stack = error.message;
      throw error;
    },
  });
}
