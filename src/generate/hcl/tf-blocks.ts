/**
 * Reads the `variable` and `output` blocks of a module's .tf text, for its README tables. It
 * understands the layout `terraform fmt` produces (blocks at column 0, attributes indented by
 * two), which is all this repository's modules contain; it is not a general HCL parser.
 */
export interface TfBlock {
  readonly kind: "variable" | "output";
  readonly name: string;
  readonly description: string;
  /** The type constraint on one line, nested object attributes elided. */
  readonly type?: string;
  /** The default as written, undefined when the variable is required. */
  readonly default?: string;
}

export function readTfBlocks(text: string): TfBlock[] {
  const lines = text.split("\n");
  const blocks: TfBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(variable|output) "([^"]+)" \{$/.exec(lines[i]);
    if (!head) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== "}") end++;
    const body = lines.slice(i + 1, end);
    blocks.push({ kind: head[1] as TfBlock["kind"], name: head[2], ...attributes(body) });
    i = end;
  }
  return blocks;
}

function attributes(body: string[]): { description: string; type?: string; default?: string } {
  let description = "";
  let type: string | undefined;
  let fallback: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const match = /^ {2}(\w+)\s*=\s(.*)$/.exec(body[i]);
    if (!match) continue;
    const [, name, value] = match;
    // The attribute's continuation lines: deeper-indented lines up to its closing line.
    let j = i + 1;
    while (j < body.length && (body[j].startsWith("    ") || /^ {2}[)}\]]/.test(body[j]) || (value.startsWith("<<") && body[j - 1].trim() !== "EOT"))) j++;
    const continuation = body.slice(i + 1, j);
    if (name === "description") description = value.startsWith("<<") ? (continuation[0] ?? "").trim() : (JSON.parse(value) as string);
    if (name === "type") type = continuation.length > 0 ? `${value} … ${continuation[continuation.length - 1].trim()}` : value;
    if (name === "default") fallback = continuation.length > 0 ? `${value} … ${continuation[continuation.length - 1].trim()}` : value;
    i = j - 1;
  }
  return { description, ...(type !== undefined && { type }), ...(fallback !== undefined && { default: fallback }) };
}
