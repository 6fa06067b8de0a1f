import { markdownTable } from "../markdown-tables";
import { readTfBlocks } from "./tf-blocks";

/**
 * The inputs and outputs tables of a module's README, from its .tf files (the generated
 * variables.tf as generated, the hand-written outputs.tf as committed), so they cannot drift.
 */
export function moduleReadmeSections(tfTexts: readonly string[]): Record<string, string> {
  const blocks = tfTexts.flatMap(readTfBlocks);
  const code = (s: string) => `\`${s}\``;
  const inputs = blocks
    .filter((b) => b.kind === "variable")
    .map((b) => [code(b.name), b.description, b.type ? code(b.type) : "any", b.default === undefined ? "–" : code(b.default), b.default === undefined ? "yes" : "no"]);
  const outputs = blocks.filter((b) => b.kind === "output").map((b) => [code(b.name), b.description]);
  return {
    inputs: markdownTable(["Name", "Description", "Type", "Default", "Required"], inputs),
    outputs: markdownTable(["Name", "Description"], outputs),
  };
}
