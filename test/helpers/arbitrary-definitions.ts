import fc from "fast-check";
import { HIKUBE_CATALOG } from "../../src/core/catalog";
import type { ResourceDefinition } from "../../src/core/definition/resource-definition";
import { KINDS, KindName } from "../../src/core/schema/kinds";
import type { CatalogRef, SchemaNode } from "../../src/core/schema/schema-node";
import { ED25519_KEY } from "./definitions";

/**
 * Random definitions generated from the schema itself, in two flavours:
 * - valid: only values the platform accepts; validation must find no error;
 * - noisy: typos, wrong types, unknown fields and junk mixed in; validation must not throw.
 */
type Mode = "valid" | "noisy";

const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);

const names = fc.tuple(fc.constantFrom("a", "disk", "web", "db-system", "x1"), fc.nat(99)).map(([base, n]) => `${base}-${n}`);

function catalogNames(ref: CatalogRef): string[] {
  return HIKUBE_CATALOG[ref].map((e) => e.name);
}

function validFor(node: SchemaNode): fc.Arbitrary<unknown> {
  switch (node.type) {
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: node.minimum ?? -1000, max: node.maximum ?? 1000 });
    case "string":
      if (node.catalog) return fc.constantFrom(...catalogNames(node.catalog));
      switch (node.format) {
        case "dns-label":
          return names;
        case "http-url":
          return fc.constantFrom("https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img", "http://mirror.example.com/images/debian-12.qcow2");
        case "ssh-public-key":
          return fc.constant(ED25519_KEY);
        case "cloud-init":
          return fc.constantFrom("", "#cloud-config\npackages: [htop]\n", "#!/bin/sh\necho ${HOME} %{x} $${y}\n", "#cloud-config\nruncmd:\n  - echo \"${USER}\"\n");
        default:
          return fc.string({ minLength: node.minLength ?? 0, maxLength: 12 });
      }
    case "enum":
      return fc.constantFrom(...node.values);
    case "quantity":
      return node.unit === "bytes" ? fc.constantFrom<unknown>("20Gi", "1024Mi", "1.5Gi", "500M", "1Ti", 10737418240) : fc.constantFrom<unknown>("500m", "2", 4, "1");
    case "list": {
      const key = node.uniqueBy;
      const selector = (item: unknown) => (key === "." || typeof item !== "object" || item === null ? item : (item as Record<string, unknown>)[key as string]);
      return key ? fc.uniqueArray(validFor(node.items), { maxLength: 4, selector }) : fc.array(validFor(node.items), { maxLength: 4 });
    }
    case "object": {
      const required = node.fields.filter((f) => f.required).map((f) => f.name);
      let objects: fc.Arbitrary<unknown>;
      if (node.atMostOne) {
        objects = fc.oneof(fc.constant({}), ...node.fields.map((f) => validFor(f.node).map((v) => ({ [f.name]: v }))));
      } else if (node.typeName === "VmResources") {
        // The chart takes resources only as a whole: cpu, sockets and memory, or none.
        objects = fc.oneof(fc.constant({}), fc.record(Object.fromEntries(node.fields.map((f) => [f.name, validFor(f.node)]))));
      } else {
        // An optional field may also be null: unset, as the API server reads it.
        const value = (f: (typeof node.fields)[number]) => (f.required ? validFor(f.node) : fc.option(validFor(f.node), { nil: null, freq: 8 }));
        objects = fc.record(Object.fromEntries(node.fields.map((f) => [f.name, value(f)])), { requiredKeys: required });
      }
      return node.shorthand ? fc.oneof(objects, names) : objects;
    }
    case "map":
      return fc.dictionary(fc.constantFrom("app", "team", "tier"), fc.string({ maxLength: 5 }), { maxKeys: 2 });
  }
}

function noisyFor(node: SchemaNode): fc.Arbitrary<unknown> {
  const twisted = ((): fc.Arbitrary<unknown> => {
    switch (node.type) {
      case "integer":
        return fc.integer({ min: -5, max: 70000 });
      case "string":
        if (node.catalog) return fc.constantFrom(...catalogNames(node.catalog).map((n) => `${n.slice(0, -1)}`));
        if (node.format === "ssh-public-key") return fc.constantFrom("ssh-rsa AAAA...", "ssh-ed25519 !!!", "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----");
        if (node.format === "cloud-init") return fc.oneof(fc.constant("#cloud-config\n  a: [\n"), fc.string());
        if (node.format === "dns-label") return fc.constantFrom("Bad_Name", "-x", "", "a".repeat(70));
        if (node.format === "http-url") return fc.constantFrom("ftp://x/y", "not a url", "https://");
        return fc.string({ maxLength: 3 });
      case "enum":
        return fc.constantFrom(...node.values.map((v) => v.toLowerCase()));
      case "quantity":
        return fc.oneof(fc.constantFrom("0", "-1Gi", "20GB", "abc", "", "1e3"), fc.integer({ min: -2, max: 1 << 30 }), fc.double());
      case "list":
        return fc.array(noisyFor(node.items), { maxLength: 4 });
      case "object": {
        const record = fc.record(Object.fromEntries(node.fields.map((f) => [f.name, noisyFor(f.node)])), { requiredKeys: [] });
        return fc.tuple(record, fc.constantFrom("instancetype", "systemDisk", "extra")).map(([r, extra]) => ({ ...(r as object), [extra]: 1 }));
      }
      default:
        return junk;
    }
  })();
  return fc.oneof({ weight: 4, arbitrary: validFor(node) }, { weight: 1, arbitrary: twisted }, { weight: 1, arbitrary: junk });
}

export function arbitraryDefinition(mode: Mode, kind?: KindName): fc.Arbitrary<ResourceDefinition> {
  const kinds = kind ? fc.constant(kind) : fc.constantFrom<KindName>("VMInstance", "VMDisk");
  const specFor = mode === "valid" ? validFor : noisyFor;
  return kinds.chain((k) =>
    fc.record({
      kind: fc.constant(k),
      metadata: fc.record({ name: mode === "valid" ? names : fc.oneof(names, fc.string({ maxLength: 50 })), namespace: fc.constant("tenant-fuzz") }),
      spec: (specFor(KINDS[k].spec) as fc.Arbitrary<Record<string, unknown>>).map((spec) => (mode === "valid" ? consistent(spec) : spec)),
    }),
  );
}

/** `running` and `runStrategy` together must agree; keep the valid flavour valid. */
function consistent(spec: Record<string, unknown>): Record<string, unknown> {
  if (typeof spec.running === "boolean" && spec.runStrategy !== undefined) return { ...spec, runStrategy: spec.running ? "Always" : "Halted" };
  return spec;
}
