// The worker of parse-ahead.ts: parses each text it is sent with the same function the main thread uses, and
// counts its results in shared memory so that a main thread waiting synchronously wakes up.
import { workerData, type MessagePort } from "node:worker_threads";
import { parseCloudInitNow } from "./cloud-init-document";

const { port, posted } = workerData as { port: MessagePort; posted: Int32Array };

port.on("message", (text: string) => {
  port.postMessage({ text, parsed: parseCloudInitNow(text) });
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
});
