import Ajv from "ajv";
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "yaml";
import { documentJsonSchema, specJsonSchema } from "../../../src/core/schema/to-json-schema";
import { KINDS } from "../../../src/core/schema/kinds";
import { specValidator } from "../../../src/core/validation/schema-validator";
import { ED25519_KEY } from "../../helpers/definitions";

const root = join(__dirname, "..", "..", "..");

test("the validator compiles the very schema the package exports", () => {
  for (const kind of ["VMInstance", "VMDisk"] as const) {
    const exported = JSON.parse(readFileSync(join(root, "schemas", `${kind.toLowerCase()}.schema.json`), "utf8"));
    expect(specValidator(kind).schema).toEqual(specJsonSchema(kind));
    // The exported spec differs only by the catalog names offered to editors as examples.
    const stripExamples = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(stripExamples) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== "examples").map(([k, x]) => [k, stripExamples(x)])) : v;
    expect(stripExamples(exported.properties.spec)).toEqual(specJsonSchema(kind));
  }
});

test("every field of the schema appears in the exported JSON Schema and the TypeScript types", () => {
  const types = readFileSync(join(root, "src/core/schema/generated/spec-types.ts"), "utf8");
  for (const info of Object.values(KINDS)) {
    const schema = documentJsonSchema(info.kind) as { properties: { spec: { properties: Record<string, unknown> } } };
    for (const field of info.spec.fields) {
      expect(schema.properties.spec.properties).toHaveProperty(field.name);
      expect(types).toContain(`readonly ${field.name}`);
    }
  }
});

test("editors validate the seed's examples with the exported schema", () => {
  const ajv = new Ajv({ allowUnionTypes: true });
  const validate = ajv.compile(documentJsonSchema("VMInstance"));
  const doc = parse(`apiVersion: apps.cozystack.io/v1alpha1
kind: VMInstance
metadata:
  name: vm-example
spec:
  external: true
  externalMethod: PortList
  externalPorts: [22]
  running: true
  instanceType: u1.2xlarge
  instanceProfile: ubuntu
  disks: [vm-system-disk]
  sshKeys: ["${ED25519_KEY}"]
`);
  expect(validate(doc)).toBe(true);
  expect(validate({ ...doc, spec: { ...doc.spec, instancetype: "x" } })).toBe(false);
});
