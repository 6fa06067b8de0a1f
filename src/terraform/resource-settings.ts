/**
 * What `terraform apply` waits for, in the backend-neutral form of kubernetes_manifest's `wait` block:
 * conditions, or fields of the returned object matched by regular expressions.
 */
export interface WaitSettings {
  readonly condition?: readonly { readonly type: string; readonly status: string }[];
  readonly fields?: Readonly<Record<string, string>>;
}

/** Create, update and delete time limits, as Terraform durations such as `"20m"`. */
export interface TimeoutSettings {
  readonly create?: string;
  readonly update?: string;
  readonly delete?: string;
}

/** Everything about a resource's Terraform block besides its manifest, before any framework is involved. */
export interface ResourceSettings {
  /** Absent: do not wait. */
  readonly wait?: WaitSettings;
  readonly timeouts?: TimeoutSettings;
  /** Server-side apply field manager (kubernetes backend). */
  readonly fieldManager?: string;
  /**
   * Force server-side apply conflicts (kubernetes backend). cozystack-api stores no managedFields: every live field
   * belongs to `before-first-apply`, so without force the first change of a value fails with a conflict (HTTP 409).
   * @default true
   */
  readonly forceConflicts?: boolean;
  /** kubernetes_manifest `computed_fields`. @default - the provider's (metadata.labels, metadata.annotations) */
  readonly computedFields?: readonly string[];
}

/** The fields kubectl_manifest hides in plans and state output: cloud-init may hold secrets. */
export const KUBECTL_SENSITIVE_FIELDS: Readonly<Record<string, readonly string[]>> = { VMInstance: ["spec.cloudInit"] };
