/**
 * The ` (did you mean "X"?)` a message ends with, or "" when it would say nothing new: no
 * suggestion, an empty one, a message that already asks, or one that already names the fix
 * ("use PortList and ..." needs no "did you mean "PortList"?").
 */
export function suggestionHint(message: string, suggestion: string | undefined): string {
  if (suggestion === undefined || suggestion.trim() === "") return "";
  if (message.includes("did you mean") || namesFix(message, suggestion)) return "";
  return ` (did you mean "${suggestion}"?)`;
}

/** True when the suggestion appears in the message as a whole word (or quoted), not inside another word. */
function namesFix(message: string, suggestion: string): boolean {
  let from = 0;
  for (let at = message.indexOf(suggestion); at !== -1; at = message.indexOf(suggestion, from)) {
    const before = message[at - 1];
    const after = message[at + suggestion.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = at + 1;
  }
  return false;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_\-/]/u.test(c);
}
