// Issue 13 item 7: the library API never crashes on misuse. Junk gives findings or one HikubeError
// naming what was called and the field at fault, never a raw TypeError/RangeError/stack overflow.
import fc from "fast-check";
import { Testing } from "cdktf";
import * as api from "../../src/api";
import * as surface from "../../src/api-surface";
import { HikubeDefaults, VirtualMachine, VmDisk, VmInstance } from "../../src/constructs";
import { Size } from "../../src/api";
import { fuzzSettings, fuzzTimeout } from "./harness";
import { newStack } from "../helpers/synth";

const RAW = new Set(["TypeError", "RangeError", "SyntaxError", "ReferenceError", "InternalError"]);

/** The error a call threw, or undefined; fails on a raw JS error. */
function outcome(call: () => unknown): Error | undefined {
  try {
    const result = call();
    if (result && typeof (result as Promise<unknown>).then === "function") (result as Promise<unknown>).catch(() => undefined);
    return undefined;
  } catch (error) {
    if (!(error instanceof Error) || RAW.has(error.name) || /Maximum call stack/.test(error.message) && error.name !== "HikubeError") {
      throw new Error(`raw JS error escaped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
    return error;
  }
}

function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { kind: "VMDisk", metadata: { name: "d" }, spec: { storage: "1Gi" } };
  (o.spec as Record<string, unknown>).self = o;
  return o;
}

function throwingGetter(field = "spec"): Record<string, unknown> {
  const o: Record<string, unknown> = { kind: "VMDisk", metadata: { name: "d" } };
  Object.defineProperty(o, field, { enumerable: true, get: () => { throw new Error("boom"); } });
  return o;
}

const trap = () => { throw new Error("trap"); };
const hostileProxy = () => new Proxy({}, { get: trap, ownKeys: trap, has: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });

/**
 * Junk of every shape: fast-check's anything, plus what JSON cannot hold. Each is made inside the
 * property (a thunk), as fast-check itself would trip over a hostile Proxy while generating.
 */
const junk: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }).map((v) => () => v),
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -1, -0, 2 ** 64, "", "__proto__", "constructor").map((v) => () => v),
  fc.constant(cyclic),
  fc.constantFrom("spec", "metadata", "kind").map((field) => () => throwingGetter(field)),
  fc.constant(hostileProxy),
  fc.record({ kind: fc.constantFrom("VMDisk", "VMInstance"), metadata: fc.anything(), spec: fc.anything() }).map((v) => () => v),
  fc.constant(() => ({ kind: "VMInstance", metadata: { name: "w" }, spec: { externalPorts: Array.from({ length: 100_000 }, (_, i) => i) } })),
);

const FUNCTIONS = Object.entries(api).filter(([, v]) => typeof v === "function") as [string, (...args: unknown[]) => unknown][];

describe("every public function, called with junk", () => {
  const { seed, numRuns } = fuzzSettings(12);

  test("every function of the framework-free API is guarded (a new export fails here until it is)", () => {
    const guarded = new Set(Object.keys(api).filter((k) => api[k as keyof typeof api] !== surface[k as keyof typeof surface]));
    const functions = Object.entries(surface).filter(([, v]) => typeof v === "function" && !/^class /.test(Function.prototype.toString.call(v)));
    expect(functions.map(([k]) => k).filter((k) => !guarded.has(k))).toEqual([]);
  });

  test.each(FUNCTIONS)("%s: no raw JS error", (name, fn) => {
    const isClass = /^class /.test(Function.prototype.toString.call(fn));
    fc.assert(
      fc.property(fc.array(junk, { minLength: 0, maxLength: Math.max(1, fn.length) + 1 }), (makers) => {
        const args = makers.map((make) => make());
        const error = outcome(() => (isClass ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : fn(...args)));
        // A guarded function's HikubeError says which function was misused.
        if (error?.name === "HikubeError" && !isClass && (error as { construct?: string }).construct === name) expect(error.message.startsWith(`${name}: `)).toBe(true);
      }),
      { seed, numRuns },
    );
  }, fuzzTimeout(12, 400));
});

describe("validation and rendering of junk definitions", () => {
  test("validateDefinition: findings, never an error, for null, a cycle, a throwing getter, 100,000 ports", () => {
    expect(api.validateDefinition(null as never).map((f) => f.message)).toEqual(["expected a resource definition (kind, metadata, spec), got null"]);
    expect(api.validateDefinition(throwingGetter("spec") as never).map((f) => [f.path, f.message])).toEqual([["spec", "definition.spec throws when read (boom)"]]);
    expect(api.validateDefinition(cyclic() as never).map((f) => f.message)).toEqual(['unknown field "self": the platform silently ignores unknown fields']);
    const ports = api.validateDefinition({ kind: "VMInstance", metadata: { name: "w" }, spec: { externalPorts: Array.from({ length: 100_000 }, (_, i) => i) } });
    expect(ports.some((f) => f.path.startsWith("spec.externalPorts"))).toBe(true);
  });

  test("validateDefinitions of something that is not a list is one HikubeError", () => {
    expect(() => api.validateDefinitions({} as never)).toThrow(expect.objectContaining({ name: "HikubeError", message: "validateDefinitions: expected a list of resource definitions, got an object" }));
    expect(api.validateDefinitions([null, undefined] as never).map((f) => f.message)).toEqual([
      "expected a resource definition (kind, metadata, spec), got null",
      "expected a resource definition (kind, metadata, spec), got nothing",
    ]);
  });

  test("toPlainValue of a cyclic value names the cycle", () => {
    expect(() => api.toPlainValue(cyclic())).toThrow(expect.objectContaining({ name: "HikubeError", field: "argument 1.spec.self" }));
    expect(() => api.toPlainValue(cyclic())).toThrow(/toPlainValue: argument 1.spec.self refers back to an object that contains it/);
  });

  test.each([NaN, Infinity, -1])("Size.gibibytes(%p) is one HikubeError naming the call", (n) => {
    expect(() => Size.gibibytes(n)).toThrow(expect.objectContaining({ name: "HikubeError", construct: `Size.gibibytes(${n})`, field: "amount" }));
  });
});

describe("constructs given junk props", () => {
  const build = (make: (stack: ReturnType<typeof newStack>["stack"]) => unknown) => {
    const { stack } = newStack();
    HikubeDefaults.set(stack, { namespace: "tenant-test" });
    return () => {
      make(stack);
      Testing.synth(stack, true);
    };
  };

  test.each([null, undefined, 5, "x", []])("new VmDisk(stack, id, %p) is one HikubeError", (props) => {
    expect(build((s) => new VmDisk(s, "d", props as never))).toThrow(expect.objectContaining({ name: "HikubeError", message: expect.stringMatching(/^VmDisk "d": props must be an object/) }));
    expect(build((s) => new VmInstance(s, "i", props as never))).toThrow(expect.objectContaining({ name: "HikubeError", field: "props" }));
    expect(build((s) => new VirtualMachine(s, "v", props as never))).toThrow(expect.objectContaining({ name: "HikubeError", field: "props" }));
    expect(() => HikubeDefaults.set(newStack().stack, props as never)).toThrow(expect.objectContaining({ name: "HikubeError" }));
  });

  test("a throwing getter and a cycle name the field", () => {
    const props = { name: "d" } as Record<string, unknown>;
    Object.defineProperty(props, "storage", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(build((s) => new VmDisk(s, "d", props as never))).toThrow('VmDisk "d": props.storage throws when read (boom)');
    const loop: Record<string, unknown> = { name: "web", sshKeys: [] };
    (loop.sshKeys as unknown[]).push(loop);
    expect(build((s) => new VmInstance(s, "web", loop as never))).toThrow(expect.objectContaining({ name: "HikubeError", field: "props.sshKeys[0]" }));
  });

  test("NaN, negative sizes and 100,000 ports are findings at synthesis, not crashes", () => {
    for (const props of [{ name: "d", storage: NaN }, { name: "d", storage: -5 }, { name: "d", storage: Infinity }]) {
      expect(build((s) => new VmDisk(s, "d", props as never))).toThrow(/spec\.storage/);
    }
    const ports = build((s) => new VmInstance(s, "web", { name: "web", externalPorts: Array.from({ length: 100_000 }, (_, i) => i) } as never));
    expect(ports).toThrow(/spec\.externalPorts/);
  });
});
