import type { Catalog } from "../../core/catalog/types";
import { parseArgs, stringOption } from "../args";
import { CATALOG_HELP, catalogOption } from "../catalog-option";
import { EXIT, type Command } from "../command";
import { textTable } from "../output/table";

export const command: Command = {
  name: "catalog",
  summary: "List instance types, profiles, golden images and storage classes",
  usage: `Usage: hikube-vm catalog [--catalog CATALOG] [--format text|json]

Lists what the catalog offers: instance types (vCPU, memory), instance profiles, golden images
(minimum size, ISO installers) and storage classes (replicated or not).

Options:
  --catalog CATALOG   ${CATALOG_HELP}
  --format FORMAT     text (default) or json

Example:
  hikube-vm catalog --catalog cozystack`,
  async run(argv, io) {
    const args = parseArgs(argv, { catalog: { type: "string" }, format: { type: "string", values: ["text", "json"] } });
    const catalog = catalogOption(stringOption(args, "catalog"), io.cwd);
    io.stdout.write(stringOption(args, "format") === "json" ? JSON.stringify(catalog, null, 2) + "\n" : catalogText(catalog));
    return EXIT.ok;
  },
};

export function catalogText(catalog: Catalog): string {
  const notes = (...parts: (string | undefined | false)[]) => parts.filter((p): p is string => !!p).join("; ");
  const deprecated = (why?: string) => why && `deprecated: ${why}`;
  return [
    `${catalog.name}: ${catalog.description}\n`,
    `Instance types (${catalog.instanceTypes.length})`,
    textTable(
      ["NAME", "VCPU", "MEMORY", "NOTES"],
      catalog.instanceTypes.map((t) => [t.name, String(t.vcpu), t.memory, notes(t.description, deprecated(t.deprecated))]),
    ),
    `Instance profiles (${catalog.profiles.length})`,
    textTable(
      ["NAME", "NOTES"],
      catalog.profiles.map((p) => [p.name, notes(p.recommended && "recommended", p.description, deprecated(p.deprecated))]),
    ),
    `Golden images (${catalog.images.length})`,
    textTable(
      ["NAME", "OS", "MIN SIZE", "NOTES"],
      catalog.images.map((i) => [i.name, i.os, i.minimumStorage, notes(i.iso && "ISO installer: attach with optical: true", i.description, deprecated(i.deprecated))]),
    ),
    `Storage classes (${catalog.storageClasses.length})`,
    textTable(
      ["NAME", "REPLICATED", "NOTES"],
      catalog.storageClasses.map((s) => [s.name, s.replicated ? "yes" : "no", s.description ?? ""]),
    ),
  ].join("\n");
}
