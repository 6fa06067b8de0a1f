import { readFileSync } from "fs";
import { join } from "path";
import { generatedFiles } from "../src/generate/generated-files";

const root = join(__dirname, "..");

// Types, JSON Schemas and docs tables all derive from src/core/schema and the catalogs.
describe("derived files match their generator (run `npm run generate` after a schema change)", () => {
  for (const [path, content] of Object.entries(generatedFiles())) {
    test(path, () => {
      expect(readFileSync(join(root, path), "utf8")).toBe(content);
    });
  }
});
