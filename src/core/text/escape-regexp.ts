/** `text` as a literal in a regular expression (JavaScript's and RE2's metacharacters escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
