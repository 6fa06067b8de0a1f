export { formatText } from "./text";
export { formatMarkdown } from "./markdown";
export { formatJson } from "./json";
export { COLOUR, PLAIN, useColour } from "./style";
export type { Style } from "./style";

export type DiffFormat = "text" | "json" | "markdown";
export const DIFF_FORMATS: readonly DiffFormat[] = ["text", "json", "markdown"];
