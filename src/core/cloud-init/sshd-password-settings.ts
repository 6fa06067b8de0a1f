/**
 * Recognises shell commands and sshd_config text that turn on password logins over SSH
 * (PasswordAuthentication, or keyboard-interactive which asks PAM for the password).
 */
const ENABLING_SETTING =
  /\b(?:PasswordAuthentication|KbdInteractiveAuthentication|ChallengeResponseAuthentication)(?:\s*=\s*|\s+)["']?yes\b/i;

/** sed `s<d>pattern<d>replacement<d>flags` with any delimiter: only the replacement gets written. */
const SED_SUBSTITUTION = /\bs([/|#,:@!])((?:\\.|(?!\1)[^\\])*)\1((?:\\.|(?!\1)[^\\])*)\1[gpiImMe0-9]*/g;

/** True when sshd_config (or a file it includes) text enables a password setting on a live line. */
export function configEnablesPasswordAuth(configText: string): boolean {
  return configText
    .split(/\r?\n/)
    .some((line) => !line.trimStart().startsWith("#") && ENABLING_SETTING.test(line));
}

/**
 * True when a command writes an enabling setting into sshd_config or sshd_config.d:
 * `sed -i 's/^#\?PasswordAuthentication.*$/PasswordAuthentication yes/' /etc/ssh/sshd_config`,
 * `echo 'PasswordAuthentication yes' > /etc/ssh/sshd_config.d/50-pw.conf`. A sed pattern that
 * merely matches "PasswordAuthentication yes" (to turn it off) does not count.
 */
export function commandEnablesPasswordAuth(command: string): boolean {
  if (!/sshd_config/.test(command)) return false;
  const written = command.replace(SED_SUBSTITUTION, (_match, _delimiter, _pattern, replacement: string) => ` ${replacement} `);
  return ENABLING_SETTING.test(written);
}

/** True when a command sets a password: `echo 'root:pw' | chpasswd`, `usermod -p`, `passwd --stdin`. */
export function commandSetsPassword(command: string): boolean {
  return (
    /(?:^|[|;&]\s*|\bsudo\s+)chpasswd\b/.test(command) ||
    /\busermod\b[^;|&]*\s(?:-p|--password)(?:\s|=)/.test(command) ||
    /\|\s*(?:sudo\s+)?passwd\b/.test(command) ||
    /\bpasswd\b[^;|&]*\s--stdin\b/.test(command)
  );
}
