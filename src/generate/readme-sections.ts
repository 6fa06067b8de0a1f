/**
 * Fills the generated sections of a markdown file, between
 * `<!-- BEGIN GENERATED: id -->` and `<!-- END GENERATED: id -->`.
 * Throws when a marker is missing, so a section cannot silently stop being generated.
 */
export function fillSections(markdown: string, sections: Readonly<Record<string, string>>): string {
  let out = markdown;
  for (const [id, content] of Object.entries(sections)) {
    const begin = `<!-- BEGIN GENERATED: ${id} -->`;
    const end = `<!-- END GENERATED: ${id} -->`;
    const start = out.indexOf(begin);
    const stop = out.indexOf(end);
    if (start < 0 || stop < start) throw new Error(`missing markers for generated section "${id}"`);
    out = `${out.slice(0, start + begin.length)}\n${content.trim()}\n${out.slice(stop)}`;
  }
  return out;
}
