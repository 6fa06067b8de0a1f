import type { Finding } from "../core/findings/finding";

/**
 * Whether a stream gets ANSI colour: never when NO_COLOR is set to anything but "" (no-color.org: the user's
 * "no" wins); when FORCE_COLOR is set (to anything but "", "0" or "false"), always, even through a pipe (a CI log
 * that shows colour); FORCE_COLOR=0 turns it off; otherwise only on a terminal that is not "dumb".
 */
export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Text styles, painted or plain. */
export interface Painter {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const paint = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const plain = (text: string) => text;

export const PLAIN_PAINTER: Painter = { red: plain, yellow: plain, cyan: plain, bold: plain, dim: plain };
export const ANSI_PAINTER: Painter = { red: paint(31), yellow: paint(33), cyan: paint(36), bold: paint(1), dim: paint(2) };

/** The painter for a stream of the command's io. */
export function painterFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Painter {
  return colourEnabled(stream, env) ? ANSI_PAINTER : PLAIN_PAINTER;
}

/** A finding's line in its severity's colour: errors red, warnings yellow, notes cyan. */
export function paintFinding(painter: Painter, severity: Finding["severity"], line: string): string {
  return severity === "error" ? painter.red(line) : severity === "warning" ? painter.yellow(line) : painter.cyan(line);
}
