import {
  cloudConfigLocator,
  findPasswordLogin,
  parseCloudInit,
  type CloudInitIssue,
} from "../../../src/core/cloud-init";
import { DEBIAN_PASSWORDS, UBUNTU_KEYS_ONLY } from "./user-data-examples";

function parse(text: string): Record<string, unknown> {
  const result = parseCloudInit(text);
  if (!result.ok || !result.config) throw new Error(result.ok ? "no config" : result.message);
  return result.config;
}

function issuesIn(text: string): CloudInitIssue[] {
  return findPasswordLogin(parse(text), cloudConfigLocator(text));
}

function pathsIn(text: string): string[] {
  return issuesIn(`#cloud-config\n${text}`).map((issue) => issue.path);
}

describe("findPasswordLogin on realistic documents", () => {
  it("finds nothing in keys-only Ubuntu user data (incl. sshd hardening that mentions 'PasswordAuthentication yes')", () => {
    expect(issuesIn(UBUNTU_KEYS_ONLY)).toEqual([]);
  });

  it("finds every password setting of the Debian example, in document order, with lines", () => {
    expect(issuesIn(DEBIAN_PASSWORDS).map(({ path, line }) => ({ path, line }))).toEqual([
      { path: "ssh_pwauth", line: 2 },
      { path: "password", line: 3 },
      { path: "chpasswd.list", line: 6 },
      { path: "users[1].lock_passwd", line: 12 },
      { path: "users[1].passwd", line: 13 },
      { path: "users[2].plain_text_passwd", line: 16 },
      { path: "users[3].hashed_passwd", line: 18 },
      { path: "runcmd[0]", line: 21 },
      { path: "runcmd[1]", line: 22 },
      { path: "runcmd[2]", line: 23 },
    ]);
  });

  it("never puts a password in a message", () => {
    const messages = issuesIn(DEBIAN_PASSWORDS).map((issue) => issue.message).join("\n");
    for (const secret of ["Debian-Rocks-2024", "Sup3rS3cret", "hunter2", "$6$", "$y$", "Another-Secret", "saltsalt"]) {
      expect(messages).not.toContain(secret);
    }
  });

  it("names the user and the setting", () => {
    const messages = issuesIn(DEBIAN_PASSWORDS).map((issue) => issue.message);
    expect(messages).toContain('plain_text_passwd sets a clear-text password for user "tester"; use ssh_authorized_keys');
    expect(messages).toContain('lock_passwd: false unlocks password login for user "admin"; leave it true (the default)');
    expect(messages).toContain("ssh_pwauth turns on SSH password login; only SSH keys are allowed");
  });

  it("works without a locator (no lines)", () => {
    const issues = findPasswordLogin({ ssh_pwauth: true });
    expect(issues).toEqual([{ path: "ssh_pwauth", message: expect.any(String) }]);
  });
});

describe("findPasswordLogin: ssh_pwauth", () => {
  it.each(["true", "yes", "on", '"true"', '"yes"', '"1"', "1", "True"])("flags ssh_pwauth: %s", (value) => {
    expect(pathsIn(`ssh_pwauth: ${value}\n`)).toEqual(["ssh_pwauth"]);
  });

  it.each(["false", "no", '"false"', '"0"', "0", "unchanged", "null"])("accepts ssh_pwauth: %s", (value) => {
    expect(pathsIn(`ssh_pwauth: ${value}\n`)).toEqual([]);
  });
});

describe("findPasswordLogin: passwords", () => {
  it("flags a top-level password, not an empty one", () => {
    expect(pathsIn("password: ubuntu\n")).toEqual(["password"]);
    expect(pathsIn('password: ""\n')).toEqual([]);
    expect(pathsIn("password:\n")).toEqual([]);
  });

  it("flags each chpasswd.users entry, naming the user", () => {
    const text = [
      "chpasswd:",
      "  expire: false",
      "  users:",
      "    - {name: root, password: s3cret, type: text}",
      "    - name: ubuntu",
      "      type: RANDOM",
    ].join("\n");
    const issues = issuesIn(`#cloud-config\n${text}\n`);
    expect(issues.map((i) => i.path)).toEqual(["chpasswd.users[0]", "chpasswd.users[1]"]);
    expect(issues[0].message).toBe('chpasswd sets the password of user "root"; remove it');
    expect(issues[0].line).toBe(5);
  });

  it("flags the list form of chpasswd.list", () => {
    expect(pathsIn("chpasswd:\n  list:\n    - root:s3cret\n    - bob:RANDOM\n")).toEqual([
      "chpasswd.list[0]",
      "chpasswd.list[1]",
    ]);
  });

  it("flags chpasswd with only expire, and ignores an empty chpasswd", () => {
    expect(pathsIn("chpasswd:\n  expire: true\n")).toEqual(["chpasswd.expire"]);
    expect(pathsIn("chpasswd:\n")).toEqual([]);
    expect(pathsIn("chpasswd: {}\n")).toEqual([]);
  });

  it("flags lock_passwd: false (also written no), not true or absent", () => {
    expect(pathsIn("users:\n  - name: a\n    lock_passwd: no\n")).toEqual(["users[0].lock_passwd"]);
    expect(pathsIn("users:\n  - name: a\n    lock_passwd: true\n  - name: b\n")).toEqual([]);
  });

  it("reads users given as a mapping by name and the default user in system_info", () => {
    expect(pathsIn("users:\n  alice:\n    plain_text_passwd: pw\n")).toEqual(["users.alice.plain_text_passwd"]);
    const defaultUser = "system_info:\n  default_user:\n    name: ubuntu\n    lock_passwd: false\n    passwd: $6$x$y\n";
    expect(pathsIn(defaultUser)).toEqual([
      "system_info.default_user.lock_passwd",
      "system_info.default_user.passwd",
    ]);
  });

  it("does not quote a user name that does not look like one", () => {
    const [issue] = findPasswordLogin({ users: [{ name: "p@ss word!", plain_text_passwd: "x" }] });
    expect(issue.message).toBe("plain_text_passwd sets a clear-text password for a user; use ssh_authorized_keys");
  });
});

describe("findPasswordLogin: commands and files", () => {
  it.each([
    "sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication yes/' /etc/ssh/sshd_config",
    "sed -i 's|PasswordAuthentication no|PasswordAuthentication yes|g' /etc/ssh/sshd_config",
    "echo 'PasswordAuthentication yes' >> /etc/ssh/sshd_config",
    "printf 'PasswordAuthentication=yes\\n' > /etc/ssh/sshd_config.d/99-pw.conf",
    "echo ChallengeResponseAuthentication yes | tee -a /etc/ssh/sshd_config",
  ])("flags the runcmd %j", (command) => {
    expect(findPasswordLogin({ runcmd: [command] }).map((i) => i.path)).toEqual(["runcmd[0]"]);
  });

  it("flags argv-style commands and bootcmd", () => {
    const config = {
      bootcmd: [["sh", "-c", "echo 'PasswordAuthentication yes' > /etc/ssh/sshd_config.d/01.conf"]],
      runcmd: [["usermod", "--password", "$6$salt$hash", "ubuntu"]],
    };
    expect(findPasswordLogin(config)).toEqual([
      { path: "bootcmd[0]", message: "a bootcmd command turns on password authentication in sshd_config" },
      { path: "runcmd[0]", message: "a runcmd command sets a user password; use ssh_authorized_keys" },
    ]);
  });

  it.each([
    "sed -i 's/PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config",
    "echo 'PasswordAuthentication no' >> /etc/ssh/sshd_config",
    "echo 'PasswordAuthentication yes' >> /tmp/notes.txt",
    "systemctl restart ssh",
    "passwd -l root",
  ])("accepts the runcmd %j", (command) => {
    expect(findPasswordLogin({ runcmd: [command] })).toEqual([]);
  });

  it("flags write_files enabling passwords in sshd_config.d, also base64-encoded", () => {
    const content = "Port 22\nPasswordAuthentication yes\n";
    const config = {
      write_files: [
        { path: "/etc/ssh/sshd_config.d/50-pw.conf", content },
        { path: "/etc/ssh/sshd_config", encoding: "b64", content: Buffer.from(content).toString("base64") },
        { path: "/etc/ssh/sshd_config.d/60.conf", content: "#PasswordAuthentication yes\nPasswordAuthentication no\n" },
        { path: "/etc/motd", content },
      ],
    };
    expect(findPasswordLogin(config).map((i) => i.path)).toEqual([
      "write_files[0].content",
      "write_files[1].content",
    ]);
  });
});

describe("cloudConfigLocator", () => {
  const text = "#cloud-config\nusers:\n  - default\n  - name: bob\n    passwd: x\nruncmd:\n  - [ls, -l]\n";
  const locate = cloudConfigLocator(text);

  it("finds keys and list items", () => {
    expect(locate(["users"])).toBe(2);
    expect(locate(["users", 1])).toBe(4);
    expect(locate(["users", 1, "passwd"])).toBe(5);
    expect(locate(["runcmd", 0])).toBe(7);
  });

  it("returns undefined for paths that do not exist", () => {
    expect(locate(["users", 5])).toBeUndefined();
    expect(locate(["packages"])).toBeUndefined();
    expect(locate(["users", "bob"])).toBeUndefined();
  });

  it("follows aliases", () => {
    const aliased = cloudConfigLocator("#cloud-config\nbase: &b\n  passwd: x\nuser: *b\n");
    expect(aliased(["user", "passwd"])).toBe(3);
  });
});
