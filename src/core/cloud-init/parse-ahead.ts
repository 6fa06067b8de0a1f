import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { CloudInitParse } from "./cloud-init-document";

/**
 * Reading a #cloud-config as YAML is the largest check of a fleet (about 0.25 ms per 25-line document in a
 * fresh process). A stack of many VMs asks for each text as soon as its VmInstance is built
 * (`parseCloudInitAhead`); a worker thread parses them on another core while the main thread goes on building
 * the stack, and `takeParsedAhead` hands a result over when validation and the policies need it, waiting for it
 * if it is not there yet. Results are those of the same function, so the output never depends on the worker.
 *
 * The worker starts only for a stack that is worth it (from the WORKER_THRESHOLD-th text), only on a machine with
 * a second core, and only from the built package (sources run under ts-node have no worker script); it never keeps
 * the process alive. `HIKUBE_VM_PARSE_WORKER=0` turns it off, `=1` starts it from the first text (tests).
 */
const WORKER_THRESHOLD = 64;
/** Without a result for this long, the worker is taken for stuck: the main thread parses from then on. */
const STALL_MS = 5_000;
const MAX_UNCLAIMED = 50_000;
/** A small young generation: the worker's garbage is short-lived, and its heap adds to the process's peak memory. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 1 };

const WORKER_SCRIPT = join(__dirname, "parse-ahead-worker.js");

interface Pool {
  readonly worker: Worker;
  readonly port: MessagePort;
  /** Counts results posted by the worker: Atomics.wait sleeps on it. */
  readonly posted: Int32Array;
}

let pool: Pool | undefined;
let disabled = false;
/** Texts asked for before the worker started, posted when it starts. */
let queued: string[] = [];
/** Texts sent to the worker and not yet received. */
const inFlight = new Set<string>();
const received = new Map<string, CloudInitParse>();
/** How many results came from the worker (for tests and the benchmark). */
let handedOver = 0;

export function parsedAheadCount(): number {
  return handedOver;
}

function mode(): "off" | "eager" | "auto" {
  const setting = process.env.HIKUBE_VM_PARSE_WORKER;
  if (setting === "0") return "off";
  if (setting === "1") return "eager";
  return "auto";
}

/** Starts parsing `text` in the background when that is worth it; never throws, never changes a result. */
export function parseCloudInitAhead(text: string): void {
  // Blank user data needs no parse worth a round trip.
  if (disabled || text.trim() === "" || inFlight.has(text) || received.has(text)) return;
  if (!pool) {
    queued.push(text);
    const m = mode();
    if (m === "off" || (m === "auto" && queued.length < WORKER_THRESHOLD)) return;
    if (!start()) return;
    const texts = queued;
    queued = [];
    for (const t of texts) send(t);
    return;
  }
  send(text);
}

function start(): boolean {
  if (!existsSync(WORKER_SCRIPT) || (mode() === "auto" && availableParallelism() < 2)) {
    stop();
    return false;
  }
  try {
    const { port1, port2 } = new MessageChannel();
    const posted = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(WORKER_SCRIPT, { workerData: { port: port2, posted }, transferList: [port2], resourceLimits: WORKER_LIMITS });
    worker.unref();
    port1.unref();
    // A worker that fails says nothing to a main thread that waits synchronously: stalls are handled by timeout.
    worker.on("error", () => stop());
    pool = { worker, port: port1, posted };
    return true;
  } catch {
    stop();
    return false;
  }
}

function send(text: string): void {
  inFlight.add(text);
  pool!.port.postMessage(text);
}

/** Gives up on the worker: every text is parsed on the main thread from now on. */
function stop(): void {
  disabled = true;
  queued = [];
  inFlight.clear();
  const current = pool;
  pool = undefined;
  if (current) void current.worker.terminate();
}

function drain(port: MessagePort): void {
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    const { text, parsed } = m.message as { text: string; parsed: CloudInitParse };
    inFlight.delete(text);
    received.set(text, parsed);
    // Results nobody took (a stack built and never synthesised) must not pile up in a long-lived process.
    if (received.size > MAX_UNCLAIMED) received.delete(received.keys().next().value as string);
  }
}

/**
 * The background result for `text`, once: waits for it when it is on its way, undefined when it was never asked
 * for (or the worker is gone). The caller keeps its own cache.
 */
export function takeParsedAhead(text: string): CloudInitParse | undefined {
  if (pool && inFlight.has(text)) {
    const { port, posted } = pool;
    drain(port);
    while (inFlight.has(text)) {
      const seen = Atomics.load(posted, 0);
      drain(port);
      if (!inFlight.has(text)) break;
      if (Atomics.wait(posted, 0, seen, STALL_MS) === "timed-out") {
        stop();
        return undefined;
      }
      drain(port);
    }
  }
  const parsed = received.get(text);
  if (parsed) {
    received.delete(text);
    handedOver++;
  }
  return parsed;
}
