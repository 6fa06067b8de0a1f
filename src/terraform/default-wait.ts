import type { WaitSettings } from "./resource-settings";

/** What `terraform apply` waits for unless told otherwise: the `Ready` condition (ResourceWait.forReady()). */
export const READY_WAIT: WaitSettings = { condition: [{ type: "Ready", status: "True" }] };

/**
 * The VM is running: its VMInstance's `WorkloadsReady` condition (the VM's pod runs; `Ready` only says the
 * platform applied the release). Always True for a VMDisk, so a disk waits for nothing more. (ResourceWait.forRunning())
 */
export const RUNNING_WAIT: WaitSettings = { condition: [{ type: "WorkloadsReady", status: "True" }] };
