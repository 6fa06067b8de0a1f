import { randomBytes } from "crypto";
import { findSecrets, type SecretHit } from "../../../src/core/cloud-init";
import {
  makeEcdsaPublicKey,
  makeEd25519PublicKey,
  makeOpenSshPrivateKey,
  makeOpenSshPrivateKeyBase64,
  makePrivateKeyPem,
  makePuttyPrivateKey,
  makeRsaPrivateKeyPem,
  makeRsaPublicKey,
} from "../../helpers/ssh-keys";
import { DEBIAN_PASSWORDS, UBUNTU_KEYS_ONLY } from "./user-data-examples";

/** Random credentials built at test time, so no token-shaped literal sits in the repository. */
function alnum(length: number, alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"): string {
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join("");
}
const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function indent(text: string, spaces: number): string {
  return text.trimEnd().split("\n").map((line) => " ".repeat(spaces) + line).join("\n");
}

function summary(hits: SecretHit[]): Array<[number, SecretHit["kind"]]> {
  return hits.map((h) => [h.line, h.kind]);
}

/** The value never appears in a message; the message names the line. */
function expectSafeMessages(hits: SecretHit[], secrets: string[]): void {
  for (const h of hits) {
    expect(h.message.startsWith(`line ${h.line}: `)).toBe(true);
    for (const secret of secrets) expect(h.message).not.toContain(secret);
  }
}

describe("findSecrets on realistic documents", () => {
  it("finds nothing in keys-only Ubuntu user data with public keys and ${VAR} placeholders", () => {
    expect(findSecrets(UBUNTU_KEYS_ONLY)).toEqual([]);
  });

  it("finds the passwords and hashes of the Debian example", () => {
    const hits = findSecrets(DEBIAN_PASSWORDS);
    expect(summary(hits)).toEqual([
      [3, "password"], // password:
      [7, "password"], // chpasswd list root:...
      [13, "password"], // passwd: $6$ hash
      [16, "password"], // plain_text_passwd
      [18, "password"], // hashed_passwd: $y$ hash
      [23, "password"], // echo 'debian:...' | chpasswd
    ]);
    expect(hits[2].message).toBe(
      "line 13: a password hash (SHA-512 crypt) in cloudInit; it would be stored in Terraform state, where the hash can be cracked offline",
    );
    expect(hits[4].message).toMatch(/a password hash \(yescrypt\)/);
    expect(hits[0].message).toBe(
      "line 3: a clear-text password in cloudInit; it would be stored in Terraform state: use SSH keys instead of passwords",
    );
    expectSafeMessages(hits, ["Debian-Rocks-2024", "Sup3rS3cret", "hunter2", "rounds=4096", "j9T", "Another-Secret"]);
  });

  it("does not report chpasswd RANDOM entries", () => {
    expect(findSecrets("#cloud-config\nchpasswd:\n  list: |\n    root:RANDOM\n    bob:R\n  expire: false\n")).toEqual([]);
  });

  it("stops treating lines as chpasswd entries once the block ends", () => {
    const text = "#cloud-config\nchpasswd:\n  list: |\n    root:pw1\nntp:\n  servers: [a]\nhostname:web\n";
    expect(summary(findSecrets(text))).toEqual([[4, "password"]]);
  });
});

describe("findSecrets: private keys", () => {
  it.each([
    ["OpenSSH", () => makeOpenSshPrivateKey()],
    ["PKCS#8", makePrivateKeyPem],
    ["PKCS#1 RSA", () => makeRsaPrivateKeyPem(1024)],
    ["PuTTY", makePuttyPrivateKey],
  ])("reports one hit for a %s key in write_files and scans on after it", (_name, make) => {
    const key = make();
    const text = [
      "#cloud-config",
      "write_files:",
      "  - path: /root/.ssh/id_ed25519",
      '    permissions: "0600"',
      "    content: |",
      indent(key, 6),
      "runcmd:",
      "  - export PGPASSWORD=Hunter2-pg",
    ].join("\n");
    const hits = findSecrets(text);
    const lastLine = text.split("\n").length;
    expect(summary(hits)).toEqual([
      [6, "private-key"],
      [lastLine, "password"],
    ]);
    expect(hits[0].message).toBe(
      "line 6: a private key in cloudInit; it would be stored in Terraform state: never put private keys in cloud-init",
    );
    expectSafeMessages(hits, key.split("\n").filter((l) => /^[A-Za-z0-9+/]{20,}/.test(l)).map((l) => l.slice(0, 20)));
  });

  it("finds a private key in a script and a bare OpenSSH blob", () => {
    const script = `#!/bin/bash\ncat > /root/.ssh/id_rsa <<'EOF'\n${makeRsaPrivateKeyPem(1024)}EOF\n`;
    expect(summary(findSecrets(script))).toEqual([[3, "private-key"]]);
    expect(summary(findSecrets(`#cloud-config\nkey: ${makeOpenSshPrivateKeyBase64()}\n`))).toEqual([[2, "private-key"]]);
  });

  it("resumes scanning when a PEM block is cut short", () => {
    const truncated = makePrivateKeyPem().split("\n").slice(0, 2).join("\n");
    const hits = findSecrets(`#cloud-config\nwrite_files:\n  - content: |\n${indent(truncated, 6)}\npassword: pw-123\n`);
    expect(summary(hits)).toEqual([
      [4, "private-key"],
      [6, "password"],
    ]);
  });

  it("does not report public keys, whatever their bodies contain", () => {
    const keys = [makeEd25519PublicKey("a"), makeRsaPublicKey(2048, "b"), makeEcdsaPublicKey("P-384", "c")];
    const text = `#cloud-config\nssh_authorized_keys:\n${keys.map((k) => `  - ${k}`).join("\n")}\n`;
    expect(findSecrets(text)).toEqual([]);
  });
});

describe("findSecrets: tokens and cloud credentials", () => {
  const github = `ghp_${alnum(36)}`;
  const githubPat = `github_pat_${alnum(22)}_${alnum(59)}`;
  const gitlab = `glpat-${alnum(20)}`;
  const slack = `xoxb-${alnum(12, "0123456789")}-${alnum(24)}`;
  const awsKeyId = `AKIA${alnum(16, UPPER_DIGITS)}`;
  const awsSecret = alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+");
  const bearer = alnum(32);
  const k3sToken = `K10${alnum(40)}::server:${alnum(16)}`;

  it.each([
    ["GitHub token", `  - git clone https://${github}@github.com/org/repo.git`, "token", "a GitHub token"],
    ["GitHub fine-grained token", `  - export GH_TOKEN=${githubPat}`, "token", "a GitHub token"],
    ["GitLab token", `  - "curl --header 'PRIVATE-TOKEN: ${gitlab}' https://gitlab.example.com/api/v4/projects"`, "token", "a GitLab token"],
    ["Slack token", `slack_token: ${slack}`, "token", "a Slack token"],
    ["Bearer header", `  - curl -H "Authorization: Bearer ${bearer}" https://api.example.com`, "token", "an Authorization header credential"],
    ["generic token key", `token: ${k3sToken}`, "token", "a token"],
    ["generic token flag", `  - k3s agent --server https://10.0.0.1:6443 --token ${k3sToken}`, "token", "a token"],
    ["AWS access key ID", `    aws_access_key_id = ${awsKeyId}`, "cloud-credential", "an AWS access key ID"],
    ["AWS secret key", `    aws_secret_access_key = ${awsSecret}`, "cloud-credential", "an AWS secret access key"],
    ["URL credentials", `  - pip install --index-url https://deploy:${bearer}@pypi.example.com/simple app`, "password", "a password in a URL"],
  ])("reports a %s", (_name, line, kind, description) => {
    const hits = findSecrets(`#cloud-config\n${line}\n`);
    expect(summary(hits)).toEqual([[2, kind]]);
    expect(hits[0].message.startsWith(`line 2: ${description}`)).toBe(true);
    expectSafeMessages(hits, [github, githubPat, gitlab, slack, awsKeyId, awsSecret, bearer, k3sToken]);
  });

  it("reports at most one hit per line, the most specific", () => {
    const line = `  - AWS_ACCESS_KEY_ID=${awsKeyId} GITHUB_TOKEN=${github} PASSWORD=pw1`;
    expect(summary(findSecrets(`#!/bin/sh\n${line}\n`))).toEqual([[2, "cloud-credential"]]);
  });

  it.each([
    'curl -H "Authorization: Bearer ${API_TOKEN}" https://x',
    "curl -H 'Authorization: Bearer $TOKEN' https://x",
    "token: ${K3S_TOKEN}",
    "token: {{ ds.meta_data.token }}",
    "api_key: <your-api-key>",
    "git clone https://${GIT_USER}:${GIT_PASSWORD}@git.example.com/repo",
    "token: short",
    "secret_name: my-app-tls",
    "tokens_dir: /var/lib/rancher/k3s/server/token-store-2024",
  ])("does not report the placeholder or non-secret %j", (line) => {
    expect(findSecrets(`#cloud-config\n${line}\n`)).toEqual([]);
  });
});

describe("findSecrets: passwords", () => {
  it.each([
    ["password: s3cret", 2],
    ["  - {name: root, password: s3cret, type: text}", 2],
    ["    plain_text_passwd: 'hunter2'", 2],
    ["DB_PASSWORD=s3cret-db", 2],
    ["  - mysql -u root --password=s3cret -e 'select 1'", 2],
    ["  - usermod -p 'plain-pw' ubuntu", 2],
    ["# password: old-s3cret (commented out, still in the state)", 2],
  ])("reports %j", (line, at) => {
    expect(summary(findSecrets(`#cloud-config\n${line}\n`))).toEqual([[at, "password"]]);
  });

  it.each([
    "lock_passwd: false",
    "ssh_pwauth: true",
    "password: ${ADMIN_PASSWORD}",
    "password: RANDOM",
    "password:",
    'password: ""',
    "PasswordAuthentication no",
    "  - docker login --username ci --password-stdin < /run/secrets/pw",
    "chpasswd:",
    "  - cat /etc/passwd",
    '    sudo: "ALL=(ALL) NOPASSWD:ALL"',
    "    sudo: ['ALL=(ALL) NOPASSWD: ALL']",
    "passphrase: '{{ luks_passphrase }}'",
  ])("does not report %j", (line) => {
    expect(findSecrets(`#cloud-config\n${line}\n`)).toEqual([]);
  });

  it("says when a password is a hash, naming the scheme only", () => {
    const [hit] = findSecrets("#cloud-config\nusers:\n  - name: a\n    passwd: $1$abcdefgh$0123456789abcdefghijkl\n");
    expect(hit).toMatchObject({ line: 4, kind: "password" });
    expect(hit.message).toMatch(/a password hash \(MD5 crypt\)/);
    expect(hit.message).not.toContain("abcdefgh");
  });

  it("numbers lines of CRLF text like the cloudInit string", () => {
    expect(summary(findSecrets("#cloud-config\r\nhostname: a\r\npassword: x1\r\n"))).toEqual([[3, "password"]]);
  });
});
