import type { ChangeAction, Risk } from "../model";

/** ANSI colours, or none. */
export interface Style {
  readonly action: (action: ChangeAction, text: string) => string;
  readonly severity: (severity: Risk["severity"], text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const ACTION_COLOURS: Readonly<Record<ChangeAction, number>> = { create: 32, update: 33, replace: 35, delete: 31 };
const SEVERITY_COLOURS: Readonly<Record<Risk["severity"], number>> = { error: 31, warning: 33, info: 36 };

const paint = (code: number, text: string) => `\u001b[${code}m${text}\u001b[0m`;

export const PLAIN: Style = { action: (_a, t) => t, severity: (_s, t) => t, dim: (t) => t, bold: (t) => t };
export const COLOUR: Style = {
  action: (a, t) => paint(ACTION_COLOURS[a], t),
  severity: (s, t) => paint(SEVERITY_COLOURS[s], t),
  dim: (t) => paint(2, t),
  bold: (t) => paint(1, t),
};

/** Colour on a terminal only, and never when NO_COLOR is set to anything but "" (no-color.org). */
export function useColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === "");
}
