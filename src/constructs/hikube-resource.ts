import { Construct } from "constructs";
import type { Catalog } from "../core/catalog";
import { toPlainValue } from "../core/definition/plain-value";
import type { ResourceDefinition } from "../core/definition/resource-definition";
import { Finding, formatFinding } from "../core/findings/finding";
import { renderManifest, KubernetesManifest } from "../core/render/render-manifest";
import { resourceName } from "../core/render/resource-address";
import type { KindName } from "../core/schema/kinds";
import { validateDefinition } from "../core/validation/validate-definition";
import { adoptConflict, adoptExistingBlocks, adoptionBlocks, adoptionProblem } from "../terraform/adoption";
import type { Backend } from "../terraform/backend";
import { resourceBody } from "../terraform/resource-body";
import { parseCloudInitAhead } from "../core/cloud-init/parse-ahead";
import { AdoptedFrom } from "./adopted-from";
import { forwardAppPolicies } from "./app-policies-bridge";
import { reportWhenSynthesised } from "./deferred-checks";
import { Annotations, TerraformProvider, TerraformStack } from "./framework";
import { DefaultsKey, recordDefaultsUse } from "./defaults-uses";
import { HikubeDefaults } from "./hikube-defaults";
import { MovedFrom, movedFromProblem } from "./moved-from";
import { registryKey, stackResources } from "./resource-registry";
import { ResourceTimeouts, ResourceWait } from "./resource-wait";
import { KubectlManifestArguments, KubectlManifestResource } from "./terraform/kubectl-manifest-resource";
import { KubernetesManifestArguments, KubernetesManifestResource } from "./terraform/kubernetes-manifest-resource";
import { FRAMEWORK_ESCAPING, unresolvedPaths, withoutFindingsOnTokens } from "./terraform-tokens";

/** Options every Hikube resource takes besides its spec. */
export interface HikubeResourceOptions {
  /** metadata.name: a DNS-1035 label (41 characters at most for a VMInstance, 45 for a VMDisk). */
  readonly name: string;
  /**
   * metadata.namespace (a tenant namespace).
   * @default - the stack's `HikubeDefaults` namespace; a resource with none fails synthesis
   */
  readonly namespace?: string;
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
  /**
   * What `terraform apply` waits for.
   * @default ResourceWait.forReady()
   */
  readonly wait?: ResourceWait;
  /** @default - the provider's (10 minutes each) */
  readonly timeouts?: ResourceTimeouts;
  /**
   * Server-side apply field manager name (`kubernetes` backend).
   * @default - the provider's ("Terraform")
   */
  readonly fieldManager?: string;
  /**
   * Server-side apply with `force_conflicts` (`kubernetes` backend). cozystack-api stores no managedFields, so
   * every live field belongs to Kubernetes' `before-first-apply` manager and, without force, the first change of
   * a value (a resize, a new port) fails with a conflict (HTTP 409).
   * @default true
   */
  readonly forceConflicts?: boolean;
  /**
   * The provider of the stack's backend to use (an aliased one, for a second cluster): a `KubernetesProvider` (the
   * library's, or `@cdktf/provider-kubernetes/lib/provider`'s) or a `KubectlProvider`.
   * @default - the stack's default provider of the backend's type
   */
  readonly provider?: TerraformProvider;
  /**
   * The resource's previous Terraform address, when only the ADDRESS changed: code migrated
   * from cdktf's construct-path ids (`kubernetes_manifest.web_disk_1A2B3C4D`), from a module
   * (`module.vm.kubernetes_manifest.disk`), or a change of the library's addressing. Emits a
   * `moved` block so Terraform moves its state instead of destroying and creating.
   *
   * It cannot rename: changing `name` or `namespace` is a new Kubernetes object, and
   * kubernetes_manifest destroys the old one; for a VMDisk that loses its data. A movedFrom that
   * names another disk of this library's scheme fails synthesis for that reason.
   * @default - none
   */
  readonly movedFrom?: string;
  /**
   * The object exists already, made without Terraform (kubectl, the dashboard): an `import` block adopts it, so the
   * first plan imports it instead of creating it. Drop it once that plan is applied.
   * @default - the stack's `HikubeDefaults` adopt (false)
   */
  readonly adopt?: boolean;
}

/** The defaults every resource is built from (the namespace only when it names none, adopt only when it sets none). */
const EVERY_RESOURCE_USES: readonly DefaultsKey[] = ["catalog", "backend", "adoptFrom"];

const OPTIONS: ReadonlySet<string> = new Set(["name", "namespace", "labels", "annotations", "wait", "timeouts", "fieldManager", "forceConflicts", "provider", "movedFrom", "adopt"]);

/** The Terraform resource of a VmDisk or VmInstance: `kubernetes_manifest` or `kubectl_manifest`, by backend. */
export type HikubeTerraformResource = KubernetesManifestResource | KubectlManifestResource;

/**
 * What VmDisk and VmInstance share: one Terraform resource (`kubernetes_manifest`, or `kubectl_manifest` with the
 * stack's `kubectl` backend) whose address comes from kind, namespace and name; validated, and the findings
 * reported, when the stack synthesises.
 */
export abstract class HikubeResource extends Construct {
  readonly kind: KindName;
  readonly name: string;
  /** The namespace, or undefined when none was given (synthesis then fails). */
  readonly namespace: string | undefined;
  /** The definition as given (spec in its input form), for policies and tools. */
  readonly definition: ResourceDefinition;
  private readonly catalog: Catalog;
  private readonly duplicateOf: string | undefined;
  private checked: Finding[] | undefined;
  private reported = false;
  /** The manifest the platform receives (unescaped). */
  readonly manifest: KubernetesManifest;
  /** The stack's backend when this resource was created (`HikubeDefaults`). */
  readonly backend: Backend;
  /**
   * The Terraform resource: a `KubernetesManifestResource` (`kubernetes_manifest`) or, with the `kubectl` backend,
   * a `KubectlManifestResource` (`kubectl_manifest`). Before 1.0 this was the provider's generated `Manifest`.
   */
  readonly resource: HikubeTerraformResource;
  protected constructor(scope: Construct, id: string, kind: KindName, props: HikubeResourceOptions & object, spec: Record<string, unknown>) {
    super(scope, id);
    const defaults = HikubeDefaults.of(this);
    this.kind = kind;
    this.name = props.name;
    this.namespace = props.namespace ?? defaults.namespace;
    this.definition = {
      kind,
      metadata: {
        name: props.name,
        ...(this.namespace !== undefined && { namespace: this.namespace }),
        ...(props.labels && { labels: props.labels }),
        ...(props.annotations && { annotations: props.annotations }),
      },
      spec: toPlainValue(withoutOptions(spec)) as Record<string, unknown>,
    };
    this.catalog = defaults.catalog;
    this.duplicateOf = this.register();
    // Validation waits for synthesis (or the first read of `findings`): by then the cloud-init, the largest
    // check, may have been parsed on another core while the stack was being built.
    const cloudInit = this.definition.spec.cloudInit;
    if (typeof cloudInit === "string" && !unresolvedPaths(cloudInit).length) parseCloudInitAhead(cloudInit);
    this.node.addValidation({ validate: () => this.findings.filter((f) => f.severity === "error").map(formatFinding) });
    reportWhenSynthesised(TerraformStack.of(this));
    this.manifest = renderManifest(this.definition);
    this.backend = defaults.backend;
    this.resource = createResource(this, this.backend, this.manifest, props);
    this.resource.overrideLogicalId(resourceName(kind, this.namespace ?? "", this.name));
    if (props.movedFrom !== undefined) this.addMovedFrom(props.movedFrom);
    if (defaults.adoptFrom !== undefined) this.addAdoption(defaults.adoptFrom);
    if (props.adopt ?? defaults.adopt) this.addAdoptExisting(defaults.adoptFrom);
    // As findings name it: no empty "//" for a resource without a namespace.
    const label = this.namespace ? `${kind}/${this.namespace}/${this.name}` : `${kind} ${this.name}`;
    const uses: DefaultsKey[] = [...EVERY_RESOURCE_USES];
    if (props.namespace === undefined) uses.push("namespace");
    if (props.adopt === undefined) uses.push("adopt");
    recordDefaultsUse(this, label, uses);
  }

  /**
   * The resource's Terraform address, e.g. `kubernetes_manifest.vmdisk_tenant-a_web-data` (`kubectl_manifest.…` with
   * the `kubectl` backend): from kind, namespace and name only, never from the construct tree. It is the key under
   * `resource` in the synthesised JSON and the address plans, `terraform state`, `depends_on` and `moved` blocks use.
   */
  get address(): string {
    // Read from the resource, so that it stays its key even if someone overrides the logical id.
    return `${this.resource.terraformResourceType}.${this.resource.friendlyUniqueId}`;
  }

  private addAdoptExisting(adoptFrom: Backend | undefined): void {
    const problem = adoptConflict(true, adoptFrom);
    if (problem) return this.node.addValidation({ validate: () => [`${this.kind}/${this.namespace ?? ""}/${this.name}: ${problem}`] });
    new AdoptedFrom(this, "Adopted", adoptExistingBlocks(this.backend, this.manifest.apiVersion, this.kind, this.namespace ?? "", this.name));
  }

  private addAdoption(from: Backend): void {
    const problem = adoptionProblem(from, this.backend);
    if (problem) {
      const text = `${this.kind}/${this.namespace ?? ""}/${this.name}: ${problem}`;
      this.node.addValidation({ validate: () => [text] });
      return;
    }
    new AdoptedFrom(this, "AdoptedFrom", adoptionBlocks(from, this.backend, this.manifest.apiVersion, this.kind, this.namespace ?? "", this.name));
  }

  private addMovedFrom(from: string): void {
    const to = this.address;
    const problem = movedFromProblem(from, to, this.kind, this.namespace ?? "", this.name);
    const text = `${this.kind}/${this.namespace ?? ""}/${this.name}: ${problem?.message}`;
    if (problem?.severity === "error") this.node.addValidation({ validate: () => [text] });
    else if (problem) Annotations.of(this).addWarning(text);
    if (problem?.severity !== "error") new MovedFrom(this, "MovedFrom", from, to);
  }

  /** Schema and semantic findings of this resource (checked on first read). */
  get findings(): readonly Finding[] {
    return (this.checked ??= this.check());
  }

  /** Warnings and infos as annotations, once, when the stack synthesises (errors fail its validation). */
  reportFindings(): void {
    if (this.reported) return;
    this.reported = true;
    for (const f of this.findings) {
      if (f.severity === "warning") Annotations.of(this).addWarning(formatFinding(f));
      if (f.severity === "info") Annotations.of(this).addInfo(formatFinding(f));
    }
  }

  /** Registers the resource in its stack; the path of the one already registered under its key, if any. */
  private register(): string | undefined {
    const stack = TerraformStack.of(this);
    const registry = stackResources(stack);
    // HikubePolicies added to the App reach this stack only through this forwarder (cdktf 0.21).
    forwardAppPolicies(stack);
    const key = registryKey(this.kind, this.namespace, this.name);
    const other = registry.get(key);
    if (other) return other.node.path;
    registry.set(key, this);
    return undefined;
  }

  private check(): Finding[] {
    const who = { kind: this.kind, name: this.name, ...(this.namespace && { namespace: this.namespace }) };
    const metadataTokens = unresolvedPaths(this.definition.metadata, ["metadata"]);
    const tokens = [...unresolvedPaths(this.definition.spec, ["spec"]), ...metadataTokens.filter((p) => p !== "metadata.name" && p !== "metadata.namespace")];
    const findings = withoutFindingsOnTokens(validateDefinition(this.definition, { catalog: this.catalog }), tokens, who);
    for (const path of metadataTokens.filter((p) => p === "metadata.name" || p === "metadata.namespace")) {
      findings.push({ severity: "error", ...who, path, message: "must be a literal: the resource's Terraform address is made from it", code: "unresolved" });
    }
    if (this.namespace === undefined) {
      findings.push({
        severity: "error",
        kind: this.kind,
        name: this.name,
        path: "metadata.namespace",
        message: "no namespace: give one to the resource or to the stack with HikubeDefaults.set(stack, { namespace })",
        code: "namespace",
      });
    }
    if (this.duplicateOf !== undefined) {
      findings.push({
        severity: "error",
        ...who,
        path: "metadata.name",
        message: `declared twice in the stack (also at ${this.duplicateOf}): both would be the same Terraform resource`,
        code: "duplicate-resource",
      });
    }
    return findings;
  }
}

function withoutOptions(spec: Record<string, unknown>): Record<string, unknown> {
  // Copied key by key: `delete` would turn every spec into a slow dictionary-mode object.
  const out: Record<string, unknown> = {};
  // defineProperty: a `__proto__` key stays a key (validation refuses it) instead of vanishing as a prototype.
  for (const key of Object.keys(spec)) if (!OPTIONS.has(key)) Object.defineProperty(out, key, { value: spec[key], enumerable: true, writable: true, configurable: true });
  return out;
}

function createResource(scope: Construct, backend: Backend, manifest: KubernetesManifest, props: HikubeResourceOptions): HikubeTerraformResource {
  const wait = (props.wait ?? ResourceWait.forReady()).config;
  const settings = {
    ...(wait && { wait }),
    ...(props.timeouts && { timeouts: props.timeouts }),
    ...(props.fieldManager !== undefined && { fieldManager: props.fieldManager }),
    ...(props.forceConflicts !== undefined && { forceConflicts: props.forceConflicts }),
  };
  const body = resourceBody(backend, manifest, settings, FRAMEWORK_ESCAPING);
  const meta = props.provider ? { provider: props.provider } : {};
  return backend === "kubectl"
    ? new KubectlManifestResource(scope, "Resource", body as unknown as KubectlManifestArguments, meta)
    : new KubernetesManifestResource(scope, "Resource", body as unknown as KubernetesManifestArguments, meta);
}
