import { READY_WAIT, RUNNING_WAIT } from "../terraform/default-wait";
import type { TimeoutSettings, WaitSettings } from "../terraform/resource-settings";

/**
 * What `terraform apply` waits for after creating or updating a resource.
 * Note that `Ready` means the platform applied the resource, not that the VM booted or the
 * image finished importing.
 */
export class ResourceWait {
  /** Wait for the `Ready` condition to be `True` (the default). */
  static forReady(): ResourceWait {
    return new ResourceWait(READY_WAIT);
  }

  /**
   * Wait until the VM runs: the `WorkloadsReady` condition is `True` (the VM's pod is running), which comes after
   * `Ready`. For a VMDisk it is always True, as `Ready`. The VM's external address is known sooner with it.
   */
  static forRunning(): ResourceWait {
    return new ResourceWait(RUNNING_WAIT);
  }

  /** Wait for a status condition, e.g. `WorkloadsReady` for a VMInstance whose pod runs. */
  static forCondition(type: string, status = "True"): ResourceWait {
    return new ResourceWait({ condition: [{ type, status }] });
  }

  /** Wait until fields of the returned object match (values are regular expressions). */
  static forFields(fields: Readonly<Record<string, string>>): ResourceWait {
    return new ResourceWait({ fields: { ...fields } });
  }

  /** Do not wait. */
  static none(): ResourceWait {
    return new ResourceWait(undefined);
  }

  /** What is waited for, in the backend-neutral form (`wait` of kubernetes_manifest, `wait_for` of kubectl_manifest). */
  private constructor(readonly config: WaitSettings | undefined) {}
}

/** Create, update and delete time limits, as Terraform durations such as `"20m"`. @default - the provider's 10m each */
export type ResourceTimeouts = TimeoutSettings;
