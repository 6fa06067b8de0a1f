import { formatConfigPath, type ConfigPath, type LineLocator } from "./config-path";
import { commandEnablesPasswordAuth, commandSetsPassword, configEnablesPasswordAuth } from "./sshd-password-settings";

/** A setting in #cloud-config that breaks an "SSH keys only" policy. */
export interface CloudInitIssue {
  /** e.g. users[0].lock_passwd */
  readonly path: string;
  readonly message: string;
  readonly line?: number;
}

interface RawIssue {
  readonly path: ConfigPath;
  readonly message: string;
}

type Json = Record<string, unknown>;

const USER_PASSWORD_FIELDS: Record<string, string> = {
  passwd: "sets a password hash",
  hashed_passwd: "sets a password hash",
  plain_text_passwd: "sets a clear-text password",
};

/**
 * Everything in a parsed #cloud-config that enables password login: over SSH (ssh_pwauth,
 * sshd_config edits) or at all (passwords for users, chpasswd). Messages name settings and
 * users, never a password. Pass `cloudConfigLocator(text)` to get line numbers.
 */
export function findPasswordLogin(config: Record<string, unknown>, locate?: LineLocator): CloudInitIssue[] {
  const issues: RawIssue[] = [
    ...checkSshPwauth(config.ssh_pwauth),
    ...checkDefaultPassword(config.password),
    ...checkChpasswd(config.chpasswd),
    ...checkUsers(config.users),
    ...checkDefaultUser(config.system_info),
    ...checkCommands("bootcmd", config.bootcmd),
    ...checkCommands("runcmd", config.runcmd),
    ...checkWriteFiles(config.write_files),
  ];
  const located = issues.map(({ path, message }): CloudInitIssue => {
    const line = locate?.(path);
    return line === undefined ? { path: formatConfigPath(path), message } : { path: formatConfigPath(path), message, line };
  });
  // In document order when lines are known (sort is stable for the rest).
  return located.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
}

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** cloud-init's util.is_true: booleans and the strings true/yes/on/1. */
function isTrue(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === "string" && /^(?:true|yes|on|1)$/i.test(value.trim());
}

function isFalse(value: unknown): boolean {
  if (value === false || value === 0) return true;
  return typeof value === "string" && /^(?:false|no|off|0)$/i.test(value.trim());
}

/** Present with something in it: `passwd:` left empty or null sets nothing. */
function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

/** Quotes a user name only when it looks like one (it is never a password field). */
function userLabel(user: unknown): string {
  const name = isRecord(user) ? user.name : user;
  return typeof name === "string" && /^[a-z_][a-z0-9_.-]{0,31}\$?$/i.test(name) ? `user "${name}"` : "a user";
}

function checkSshPwauth(value: unknown): RawIssue[] {
  if (!isTrue(value)) return [];
  return [{ path: ["ssh_pwauth"], message: "ssh_pwauth turns on SSH password login; only SSH keys are allowed" }];
}

function checkDefaultPassword(value: unknown): RawIssue[] {
  if (!hasValue(value)) return [];
  return [{ path: ["password"], message: "password sets a password for the default user; use ssh_authorized_keys instead" }];
}

function checkChpasswd(chpasswd: unknown): RawIssue[] {
  if (!hasValue(chpasswd)) return [];
  if (!isRecord(chpasswd)) return [{ path: ["chpasswd"], message: "chpasswd sets user passwords; remove it" }];
  const entries = [...chpasswdListIssues(chpasswd.list), ...chpasswdUsersIssues(chpasswd.users)];
  if (entries.length > 0 || chpasswd.expire === undefined) return entries;
  return [{ path: ["chpasswd", "expire"], message: "chpasswd manages passwords (expire is set); remove chpasswd" }];
}

/** The deprecated `list`: "user:password" lines in a string, or list items. */
function chpasswdListIssues(list: unknown): RawIssue[] {
  if (typeof list === "string") {
    const count = list.split(/\r?\n/).filter((l) => l.trim() !== "").length;
    if (count === 0) return [];
    return [{ path: ["chpasswd", "list"], message: `chpasswd.list sets the password of ${count} user(s); remove it` }];
  }
  if (!Array.isArray(list)) return [];
  return list.map((_, i) => ({
    path: ["chpasswd", "list", i],
    message: "chpasswd.list sets a user's password; remove it",
  }));
}

function chpasswdUsersIssues(users: unknown): RawIssue[] {
  if (!Array.isArray(users)) return [];
  return users.map((user: unknown, i) => ({
    path: ["chpasswd", "users", i],
    message: `chpasswd sets the password of ${userLabel(user)}; remove it`,
  }));
}

/** `users` is a list (of names, "default" or mappings) or, for older configs, a mapping by name. */
function checkUsers(users: unknown): RawIssue[] {
  if (Array.isArray(users)) return users.flatMap((user: unknown, i) => userIssues(["users", i], user, userLabel(user)));
  if (!isRecord(users)) return [];
  return Object.entries(users).flatMap(([name, user]) => userIssues(["users", name], user, userLabel(name)));
}

function checkDefaultUser(systemInfo: unknown): RawIssue[] {
  if (!isRecord(systemInfo)) return [];
  return userIssues(["system_info", "default_user"], systemInfo.default_user, "the default user");
}

function userIssues(path: ConfigPath, user: unknown, label: string): RawIssue[] {
  if (!isRecord(user)) return [];
  const issues: RawIssue[] = Object.entries(USER_PASSWORD_FIELDS)
    .filter(([field]) => hasValue(user[field]))
    .map(([field, what]) => ({ path: [...path, field], message: `${field} ${what} for ${label}; use ssh_authorized_keys` }));
  if (isFalse(user.lock_passwd)) {
    issues.push({
      path: [...path, "lock_passwd"],
      message: `lock_passwd: false unlocks password login for ${label}; leave it true (the default)`,
    });
  }
  return issues;
}

/** runcmd/bootcmd items are shell strings or argv lists. */
function commandText(item: unknown): string | undefined {
  if (typeof item === "string") return item;
  if (Array.isArray(item) && item.every((part) => typeof part === "string")) return item.join(" ");
  return undefined;
}

function checkCommands(key: "runcmd" | "bootcmd", commands: unknown): RawIssue[] {
  if (!Array.isArray(commands)) return [];
  return commands.flatMap((item: unknown, i) => {
    const command = commandText(item);
    if (command === undefined) return [];
    if (commandEnablesPasswordAuth(command)) {
      return [{ path: [key, i], message: `a ${key} command turns on password authentication in sshd_config` }];
    }
    if (commandSetsPassword(command)) {
      return [{ path: [key, i], message: `a ${key} command sets a user password; use ssh_authorized_keys` }];
    }
    return [];
  });
}

/** A file written into sshd_config or sshd_config.d that enables a password setting. */
function checkWriteFiles(files: unknown): RawIssue[] {
  if (!Array.isArray(files)) return [];
  return files.flatMap((file: unknown, i) => {
    if (!isRecord(file) || typeof file.path !== "string" || !/sshd_config/.test(file.path)) return [];
    const content = fileContent(file);
    if (content === undefined || !configEnablesPasswordAuth(content)) return [];
    return [{ path: ["write_files", i, "content"], message: "write_files turns on password authentication in sshd_config" }];
  });
}

/** Decodes base64 content; gzip content cannot be read here and is skipped. */
function fileContent(file: Json): string | undefined {
  if (typeof file.content !== "string") return undefined;
  const encoding = typeof file.encoding === "string" ? file.encoding.toLowerCase() : "text/plain";
  if (encoding === "b64" || encoding === "base64") return Buffer.from(file.content, "base64").toString("utf8");
  return /gz/.test(encoding) ? undefined : file.content;
}
