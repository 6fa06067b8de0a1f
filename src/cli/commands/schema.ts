import type { Catalog } from "../../core/catalog/types";
import { KIND_NAMES, type KindName } from "../../core/schema/kinds";
import { documentJsonSchema, type JsonSchema } from "../../core/schema/to-json-schema";
import { parseArgs, stringOption } from "../args";
import { catalogOption } from "../catalog-option";
import { EXIT, type Command } from "../command";

export const command: Command = {
  name: "schema",
  summary: "Print the JSON Schema of VMInstance and VMDisk, for editors",
  usage: `Usage: hikube-vm schema [--kind VMInstance|VMDisk] [--catalog CATALOG]

Prints the JSON Schema (draft-07) of a whole document of that kind; without --kind, one schema
for both kinds, chosen by the document's kind. Catalog names (instance types, images ...) are
listed as examples, so editors complete them. With --kind and the default catalog, the output
is the schemas/vminstance.schema.json or schemas/vmdisk.schema.json file of the package.

Example:
  hikube-vm schema > hikube-vm.schema.json
  # then, on the first line of a manifest:
  # yaml-language-server: $schema=./hikube-vm.schema.json`,
  async run(argv, io) {
    const args = parseArgs(argv, { kind: { type: "string", values: KIND_NAMES }, catalog: { type: "string" } });
    const catalog = catalogOption(stringOption(args, "catalog"), io.cwd);
    const kind = stringOption(args, "kind") as KindName | undefined;
    const schema = kind ? documentJsonSchema(kind, { catalog }) : eitherKind(catalog);
    io.stdout.write(JSON.stringify(schema, null, 2) + "\n");
    return EXIT.ok;
  },
};

/** Both kinds in one schema, `if kind is VMDisk then ... else ...`: clearer editor messages than oneOf. */
function eitherKind(catalog: Catalog): JsonSchema {
  const definition = (kind: KindName): JsonSchema => {
    const { $schema: _schema, $id: _id, ...rest } = documentJsonSchema(kind, { catalog });
    return rest;
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://hikube-vm.dev/schemas/hikube-vm.json",
    title: "Hikube VMInstance or VMDisk",
    type: "object",
    required: ["kind"],
    properties: { kind: { enum: ["VMInstance", "VMDisk"] } },
    definitions: { VMInstance: definition("VMInstance"), VMDisk: definition("VMDisk") },
    if: { properties: { kind: { const: "VMDisk" } } },
    then: { $ref: "#/definitions/VMDisk" },
    else: { $ref: "#/definitions/VMInstance" },
  };
}
