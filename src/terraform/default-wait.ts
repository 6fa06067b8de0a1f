import type { WaitSettings } from "./resource-settings";

/** What `terraform apply` waits for unless told otherwise: the `Ready` condition (ResourceWait.forReady()). */
export const READY_WAIT: WaitSettings = { condition: [{ type: "Ready", status: "True" }] };
