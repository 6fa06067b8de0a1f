import {
  commandEnablesPasswordAuth,
  commandSetsPassword,
  configEnablesPasswordAuth,
} from "../../../src/core/cloud-init/sshd-password-settings";

describe("configEnablesPasswordAuth", () => {
  it.each([
    "PasswordAuthentication yes",
    "  passwordauthentication   YES",
    'PasswordAuthentication "yes"',
    "PasswordAuthentication=yes",
    "Match User bob\n  KbdInteractiveAuthentication yes",
  ])("sees %j as enabling passwords", (text) => {
    expect(configEnablesPasswordAuth(text)).toBe(true);
  });

  it.each(["PasswordAuthentication no", "#PasswordAuthentication yes", "  # PasswordAuthentication yes", "PubkeyAuthentication yes"])(
    "does not see %j as enabling passwords",
    (text) => {
      expect(configEnablesPasswordAuth(text)).toBe(false);
    },
  );
});

describe("commandEnablesPasswordAuth", () => {
  it("reads only the replacement of a sed substitution, whatever the delimiter", () => {
    const enable = "sed -E -i 's#^\\#?PasswordAuthentication .*#PasswordAuthentication yes#' /etc/ssh/sshd_config";
    const disable = "sed -i -e 's/^PasswordAuthentication yes$/PasswordAuthentication no/g' /etc/ssh/sshd_config";
    expect(commandEnablesPasswordAuth(enable)).toBe(true);
    expect(commandEnablesPasswordAuth(disable)).toBe(false);
  });

  it("counts sed's change command, which writes its text as is", () => {
    expect(commandEnablesPasswordAuth("sed -i '/^PasswordAuthentication/c PasswordAuthentication yes' /etc/ssh/sshd_config")).toBe(true);
  });

  it("needs the command to touch sshd_config", () => {
    expect(commandEnablesPasswordAuth("echo 'PasswordAuthentication yes'")).toBe(false);
  });
});

describe("commandSetsPassword", () => {
  it.each([
    "echo 'root:pw' | chpasswd",
    "echo ubuntu:pw | sudo chpasswd",
    "chpasswd < /root/passwords",
    "usermod -p '$6$abc$def' ubuntu",
    "usermod --password=$HASH ubuntu",
    "echo pw | passwd --stdin root",
    "printf 'pw\\npw\\n' | passwd ubuntu",
  ])("sees %j as setting a password", (command) => {
    expect(commandSetsPassword(command)).toBe(true);
  });

  it.each(["passwd -l root", "usermod -aG docker ubuntu", "cat /etc/passwd", "apt-get install -y chpasswd-helper"])(
    "does not see %j as setting a password",
    (command) => {
      expect(commandSetsPassword(command)).toBe(false);
    },
  );
});
