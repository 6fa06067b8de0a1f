// Every generated variable and output description, and every README inputs/outputs table cell,
// reads as prose: no fragments glued after a period ("...45 characters). a CDI DataVolume..."),
// no doubled periods, no sentence that ends only to open a parenthesis.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { hclModuleFiles } from "../../src/generate/hcl/hcl-files";
import { readTfBlocks } from "../../src/generate/hcl/tf-blocks";

/** What is wrong with a piece of prose, or undefined. Abbreviations (e.g., i.e.) and file names are not sentence ends. */
export function proseProblem(text: string): string | undefined {
  const plain = text.replace(/\b(e\.g|i\.e|etc)\./g, "$1").replace(/\b[\w-]+\.(tf|json|md|yaml|pub|d)\b/g, "file");
  if (/\.\s+[a-z]/.test(plain)) return "a sentence starts in lower case after a period";
  if (/\.\s*\./.test(plain)) return "two periods";
  if (/\.\s*\(/.test(plain)) return "a parenthesis opens after a sentence ended";
  if (/\)\.\s*[a-z]/.test(plain)) return "lower case after ').'";
  if (/\s[,.;:]/.test(plain)) return "space before punctuation";
  if (/\)\s*\(/.test(plain)) return "two parentheses in a row";
  return undefined;
}

const MODULES = join(__dirname, "..", "..", "modules");
const generated = hclModuleFiles();

test("the prose check rejects the glued fragments it is for", () => {
  expect(proseProblem("VMDisks by name (a DNS-1035 label of at most 45 characters). a CDI DataVolume vm-disk-<name>.")).toBeDefined();
  expect(proseProblem("Expose the VM. (bool; default false)")).toBeDefined();
  expect(proseProblem("The disk.. Done.")).toBeDefined();
  expect(proseProblem("A CD-ROM (for ISO installers) (bool; default false).")).toBeDefined();
  expect(proseProblem("Tenant namespace, e.g. tenant-foo. Each creates a VM (see main.tf).")).toBeUndefined();
});

test("every generated description and README table row of the HCL modules reads as prose", () => {
  const problems: string[] = [];
  for (const module of readdirSync(MODULES)) {
    for (const file of ["variables.tf", "outputs.tf"]) {
      const text = generated[`modules/${module}/${file}`] ?? (() => { try { return readFileSync(join(MODULES, module, file), "utf8"); } catch { return ""; } })();
      for (const block of readTfBlocks(text)) {
        for (const line of block.description.split("\n")) {
          const problem = proseProblem(line);
          if (problem) problems.push(`modules/${module}/${file} ${block.kind} "${block.name}": ${problem}: ${line}`);
        }
      }
    }
    const readme = generated[`modules/${module}/README.md`] ?? "";
    for (const row of readme.split("\n").filter((l) => l.startsWith("| `"))) {
      const description = row.split(" | ")[1] ?? "";
      const problem = proseProblem(description.replace(/<br>/g, " "));
      if (problem) problems.push(`modules/${module}/README.md row ${row.slice(0, 40)}: ${problem}: ${description}`);
    }
  }
  expect(problems).toEqual([]);
});
