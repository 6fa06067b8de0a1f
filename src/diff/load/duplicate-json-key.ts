/**
 * The first key repeated within one object of a JSON text that JSON.parse accepted, with its line. JSON.parse keeps
 * the last copy; Terraform's JSON syntax reads every copy of a block key (two "resource" objects are both read): a
 * configuration could hide resources from the diff that Terraform applies.
 */
export function duplicateJsonKey(text: string): { readonly key: string; readonly line: number } | undefined {
  const objects: (Set<string> | undefined)[] = []; // undefined for an array
  let expectKey = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === "{") {
      objects.push(new Set());
      expectKey = true;
    } else if (c === "[") {
      objects.push(undefined);
      expectKey = false;
    } else if (c === "}" || c === "]") {
      objects.pop();
      expectKey = false;
    } else if (c === ",") expectKey = objects[objects.length - 1] !== undefined;
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        const keys = objects[objects.length - 1]!;
        if (keys.has(key)) return { key, line };
        keys.add(key);
        expectKey = false;
      }
      i = j;
    }
  }
  return undefined;
}
