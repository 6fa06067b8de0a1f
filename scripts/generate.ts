// Writes every file derived from the schema and the catalog (see src/generate/generated-files.ts).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "fs";
import { dirname, join } from "path";
import { generatedFiles } from "../src/generate/generated-files";

const root = join(__dirname, "..");
const check = process.argv.includes("--check");
let stale = 0;
for (const [path, content] of Object.entries(generatedFiles())) {
  const target = join(root, path);
  const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
  if (current === content) continue;
  stale++;
  if (check) {
    console.error(`out of date: ${path}`);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    console.log(`wrote ${path}`);
  }
}
if (check && stale > 0) process.exit(1);
console.log(stale === 0 ? "generated files are up to date" : `${stale} file(s) ${check ? "out of date" : "written"}`);
