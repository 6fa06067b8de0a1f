import type { GoldenImage, InstanceProfile } from "./types";

/**
 * Whether a profile is a Windows one: its catalog entry says so, or, for entries that do not say,
 * its name starts with "windows" (the vm-instance chart itself decides Windows node affinity that way:
 * `hasPrefix "windows" .Values.instanceProfile`).
 */
export function isWindowsProfile(name: string, entry: InstanceProfile | undefined): boolean {
  if (entry?.osFamily) return entry.osFamily === "windows";
  return name.toLowerCase().startsWith("windows");
}

/** Whether a golden image is Windows: its catalog entry says so, or else its name looks like Windows media. */
export function isWindowsImage(name: string, entry: GoldenImage | undefined): boolean {
  if (entry?.osFamily) return entry.osFamily === "windows";
  return looksLikeWindowsMedia(name);
}

/**
 * A heuristic for names and URLs of Windows media: `windows-2k25`, `Win11_24H2_English_x64.iso`,
 * `win2k22.qcow2`, `WindowsServer2022.iso`, or Microsoft's evaluation ISO names (`..._SERVER_EVAL_x64FRE_en-us.iso`).
 * Words only: `darwin`, `twin` or `winter` do not match.
 */
const WINDOWS_MEDIA = /(?:^|[^a-z0-9])(?:windows|win(?:2k\d*|1[01]|7|8(?:\.1)?|xp|vista|server|20(?:0[38]|1[269]|2[25]))(?![a-z]))|x(?:64|86)fre/;

export function looksLikeWindowsMedia(nameOrUrl: string): boolean {
  let text = nameOrUrl.toLowerCase();
  // A URL: its path and query (download links often name the file there), not its host
  // (windows.example.com serves Linux images too).
  const url = /^https?:\/\/[^/?#]*(.*)$/.exec(text);
  if (url) text = url[1];
  try {
    text = decodeURIComponent(text);
  } catch {
    // keep it as written
  }
  return WINDOWS_MEDIA.test(text);
}
