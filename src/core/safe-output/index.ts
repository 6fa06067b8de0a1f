// Output safety: one redaction for secrets, one escaping for terminals and CI logs, one for Markdown, and parser
// messages without the input. Every formatter and message that shows input goes through these.
export { redactSecrets, redactDeep, REDACTED, REDACTED_KEY } from "./redact-secrets";
export { terminalText, defuseCommand, defuseLines } from "./terminal-text";
export { markdownText, markdownCode } from "./markdown-text";
export { yamlErrorText, jsonErrorText, jsonErrorMessage, firstJsonErrorOffset, lineColumn } from "./parse-error";
export { safeText, safeMessage, safeMarkdown, safeMarkdownCode } from "./safe-text";
export { shellWord, hclString } from "./paste-safe";
