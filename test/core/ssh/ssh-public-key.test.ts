import { checkSshPublicKey, PRIVATE_KEY_MESSAGE, SSH_KEY_TYPES, type SshKeyCheck } from "../../../src/core/ssh";
import {
  keyBlob,
  keyBody,
  makeEcdsaPublicKey,
  makeEd25519Certificate,
  makeEd25519PublicKey,
  makeRsaPublicKey,
  makeSkEd25519PublicKey,
  publicKeyLine,
  sshMpint,
  sshString,
} from "../../helpers/ssh-keys";

// Published GitHub host keys (fingerprints SHA256:+DiY3wvv... and SHA256:p2QAMXNIC1...).
const GITHUB_ED25519 =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl github.com";
const GITHUB_ECDSA =
  "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg= github.com";
// Generated with OpenSSH 9.2 ssh-keygen.
const KEYGEN_ED25519 =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHtzbUbc8TUN9BBqon9HGSh/GPLfX3ksRDrOna/nYaa9 alice@laptop";
const KEYGEN_RSA_3072 =
  "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDbYl8chErHiebSjYKp5RaBWOjNgHEEaGNDKR8sI4NpcY/IQS/etccygSOVe6hYGjz82uQAUidtGVTIr8JZfy05PCHSIxExGeuX7MPgGcMhf3THEluQU2GQ2yToxrxz+6YkNYQNX57jiyFrr7tIMYQkJ/YRRQOBQyjVT93eTj9LVThQcu/g7SBTNhErZA7vA5JrvOe4Q6Cw4sii7ErTtmOGr8i8xaCsoLKtmzYjAShqciyp2dL5hV2RA0og0I8V/I0Y76WDcenubm0596pzs/6GpX22MrWWKZKBUPEaC10Z18wDzzGsxVHIUubWMqxpy2XX6WjlO5eQlL+4wVERsLFHi7u3GlPIuBTRZpVU6YIDO65y4toYS8qo29Q454GGm/9udGS8oeu27BnBVkJy4UL39BdTLwhbtWkWJfB/DNzYDpRTCTtxcmdXuwFDW2Ol18M0c69ujbKnbl6TjrofPFL4cn4OGO2t51/sNE68bG/O60hzxbDbXY6HP/l8qdh0FAs= alice@laptop";
const KEYGEN_ECDSA_384 =
  "ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBMI0vcrgLGgLrIbl5sDKk/eMCNG50DIdAofyUho0oM8D/vkaPVboM6xCW4W6gJgJyOOhjLUU3u3eGNSW2+48A40QHjeltj4+oZhRulu13cFPZlZI8PNmkTmAmAv9+AzSog== alice@laptop";
const KEYGEN_DSA =
  "ssh-dss AAAAB3NzaC1kc3MAAACBAPmQCk9RcGyKNAz5C+8cEPw6L9+11OhPRgcAuNV9cDy5phgehcvbqPb/9js3k1zCXptOX+qUN3yn76O6o3mLQGa3SPR1fdO3mggnDWxn/z5LIWrsWlvKVunZVcCcEvMOCpz+IQeqbogniMxUhosOCti/fy8+CxDUpkFhd25KXd17AAAAFQDgiIibK4tzxd5GVp9HCK/ki+WyvQAAAIA7MhVvR7XiMz1klV+Jq0YDGoLhU5IIB3IDC3QppQPUhcANLckPwXtJF8Zm7IAZMOVoY6M9q/uAmHgNRMGCNyIH3lCwn+lq/7LoHWgzF7DqFVHQfSEtlaAfelPG7TfFtuOebUe9gRzL7iv3SmaTJXBjwQu8qk2WmGMmEYGyLzf8YAAAAIAsWszxZLxE4DZAz4+XkVap/hzKX1aJopDHtWmBDVTcd53MB4gHugx0jdcHNG8N7NlvN/SGNkcfcpGRiOWrWXtQ5p+j42Us7jTweDayAQTmotGEQGc0TBwzOhRZiqQAzmXNmul1AOmvI6SWWtQtaE74jhrBzxCohhgh7ttm/RhbIg== root@vm";

type Ok = Extract<SshKeyCheck, { ok: true }>;
type Failure = Extract<SshKeyCheck, { ok: false }>;

function expectOk(line: string): Ok {
  const result = checkSshPublicKey(line);
  if (!result.ok) throw new Error(`expected ${line.slice(0, 30)}... to be accepted, got: ${result.message}`);
  return result;
}

function expectFailure(line: string): Failure {
  const result = checkSshPublicKey(line);
  if (result.ok) throw new Error(`expected ${line.slice(0, 30)}... to be rejected`);
  return result;
}

/** Rewrites a key line's body from a modified blob, keeping its type word and comment. */
function withBlob(line: string, blob: Buffer): string {
  const [type, , ...rest] = line.split(" ");
  return [type, blob.toString("base64"), ...rest].join(" ");
}

/** Every failure message must be free of key material: no 12-character run of the body. */
function expectNoKeyMaterial(message: string, body: string): void {
  for (let i = 0; i + 12 <= body.length; i += 6) expect(message).not.toContain(body.slice(i, i + 12));
}

describe("checkSshPublicKey: accepted keys", () => {
  it("accepts a generated ed25519 key with its comment", () => {
    const line = makeEd25519PublicKey("alice@laptop");
    expect(expectOk(line)).toEqual({
      ok: true,
      type: "ssh-ed25519",
      comment: "alice@laptop",
      bits: 256,
      normalized: line,
      certificate: false,
    });
  });

  it.each([2048, 1024])("accepts a generated %i-bit RSA key and reports its modulus size", (bits) => {
    const result = expectOk(makeRsaPublicKey(bits, "ops"));
    expect(result.type).toBe("ssh-rsa");
    expect(result.bits).toBe(bits);
  });

  it.each([
    ["P-256", "ecdsa-sha2-nistp256", 256],
    ["P-384", "ecdsa-sha2-nistp384", 384],
    ["P-521", "ecdsa-sha2-nistp521", 521],
  ] as const)("accepts a generated ECDSA %s key", (curve, type, bits) => {
    const result = expectOk(makeEcdsaPublicKey(curve));
    expect(result).toMatchObject({ type, bits, certificate: false });
    expect(result.comment).toBeUndefined();
  });

  it("accepts a FIDO (sk-) ed25519 key", () => {
    expect(expectOk(makeSkEd25519PublicKey("yubikey"))).toMatchObject({
      type: "sk-ssh-ed25519@openssh.com",
      bits: 256,
    });
  });

  it("accepts an OpenSSH certificate and flags it as one", () => {
    expect(expectOk(makeEd25519Certificate("alice-cert"))).toMatchObject({
      type: "ssh-ed25519-cert-v01@openssh.com",
      certificate: true,
      bits: 256,
      comment: "alice-cert",
    });
  });

  it.each([
    ["GitHub ed25519", GITHUB_ED25519, "ssh-ed25519", 256],
    ["GitHub ECDSA", GITHUB_ECDSA, "ecdsa-sha2-nistp256", 256],
    ["ssh-keygen ed25519", KEYGEN_ED25519, "ssh-ed25519", 256],
    ["ssh-keygen RSA 3072", KEYGEN_RSA_3072, "ssh-rsa", 3072],
    ["ssh-keygen ECDSA 384", KEYGEN_ECDSA_384, "ecdsa-sha2-nistp384", 384],
  ])("accepts the literal %s key", (_name, line, type, bits) => {
    expect(expectOk(line)).toMatchObject({ type, bits, normalized: line });
  });

  it("normalises whitespace: tabs, runs of spaces, CRLF and a comment with spaces", () => {
    const body = keyBody(KEYGEN_ED25519);
    const result = expectOk(`  ssh-ed25519\t${body}   Alice   Work  Laptop \r\n`);
    expect(result.comment).toBe("Alice Work Laptop");
    expect(result.normalized).toBe(`ssh-ed25519 ${body} Alice Work Laptop`);
  });

  it("exports the seven key types and their certificate forms, without DSA", () => {
    expect(SSH_KEY_TYPES).toHaveLength(14);
    expect(SSH_KEY_TYPES).toContain("sk-ecdsa-sha2-nistp256@openssh.com");
    expect(SSH_KEY_TYPES).toContain("sk-ecdsa-sha2-nistp256-cert-v01@openssh.com");
    expect(SSH_KEY_TYPES).toContain("ssh-rsa-cert-v01@openssh.com");
    expect(SSH_KEY_TYPES).not.toContain("ssh-dss");
  });
});

describe("checkSshPublicKey: authorized_keys options", () => {
  it("accepts an options prefix and drops it from the normalised key", () => {
    const result = expectOk(`from="10.0.0.0/8",no-agent-forwarding ${KEYGEN_ED25519}`);
    expect(result.normalized).toBe(KEYGEN_ED25519);
    expect(result.comment).toBe("alice@laptop");
  });

  it("reads quoted values holding spaces, commas and escaped quotes", () => {
    const line = `command="echo \\"hello, world\\" && exit",no-pty,restrict ${GITHUB_ED25519}`;
    expect(expectOk(line).normalized).toBe(GITHUB_ED25519);
  });

  it("matches option names case-insensitively, as sshd does", () => {
    expect(expectOk(`No-Port-Forwarding,No-X11-Forwarding ${GITHUB_ECDSA}`).type).toBe("ecdsa-sha2-nistp256");
  });

  it("rejects an unterminated quote", () => {
    expect(expectFailure(`from="10.0.0.0/8 ${GITHUB_ED25519}`).message).toMatch(/unterminated double quote/);
  });

  it("suggests the option an unknown one is a typo of", () => {
    const failure = expectFailure(`no-ptty ${GITHUB_ED25519}`);
    expect(failure.message).toBe('unknown key option "no-ptty" (did you mean "no-pty"?)');
  });

  it("does not quote an unknown option that is no typo", () => {
    const failure = expectFailure(`s3cr3t-Passw0rd,x ${GITHUB_ED25519}`);
    expect(failure.message).not.toContain("s3cr3t");
    expect(failure.message).toMatch(/unknown key option/);
  });

  it("requires quoted values and refuses values on flags", () => {
    expect(expectFailure(`from=10.0.0.1 ${GITHUB_ED25519}`).message).toMatch(/must be in double quotes/);
    expect(expectFailure(`from ${GITHUB_ED25519}`).message).toBe('the key option from needs a value: from="..."');
    expect(expectFailure(`no-pty="yes" ${GITHUB_ED25519}`).message).toMatch(/no-pty takes no value/);
  });

  it("rejects options without a key, or followed by an unknown type", () => {
    expect(expectFailure(`from="10.0.0.0/8"`).message).toMatch(/has key options but no key/);
    expect(expectFailure(`no-pty ssh-ed2559 ${keyBody(GITHUB_ED25519)}`).suggestion).toBe("ssh-ed25519");
  });
});

describe("checkSshPublicKey: key types", () => {
  it("rejects DSA keys and suggests ed25519", () => {
    const failure = expectFailure(KEYGEN_DSA);
    expect(failure.message).toMatch(/DSA keys \(ssh-dss\) are disabled in current OpenSSH/);
    expect(failure.suggestion).toBe("ssh-ed25519");
    expect(failure.privateKey).toBe(false);
  });

  it.each([
    ["ssh-ed2559", "ssh-ed25519"],
    ["SSH-RSA", "ssh-rsa"],
    ["ecdsa-sha2-nistp265", "ecdsa-sha2-nistp256"],
  ])("suggests the type %s is a typo of", (typo, type) => {
    const failure = expectFailure(`${typo} ${keyBody(GITHUB_ED25519)} me`);
    expect(failure.suggestion).toBe(type);
    expect(failure.message).toBe(`unknown key type "${typo}" (did you mean "${type}"?)`);
  });

  it("does not echo a first word that is no key type (it may be a secret)", () => {
    const failure = expectFailure("correct-horse-battery-staple");
    expect(failure.message).not.toContain("correct-horse");
    expect(failure.suggestion).toBeUndefined();
  });

  it("recognises a key whose type word is missing and suggests the full line", () => {
    const failure = expectFailure(`${keyBody(KEYGEN_ECDSA_384)} alice@laptop`);
    expect(failure.message).toBe("the key type is missing: start the line with ecdsa-sha2-nistp384");
    expect(failure.suggestion).toBe(KEYGEN_ECDSA_384);
  });

  it("says the type is missing for a bare body that is no valid key", () => {
    expect(expectFailure("AAAAnotakey").message).toMatch(/^the key type is missing: expected a public key such as/);
  });
});

describe("checkSshPublicKey: placeholders and missing parts", () => {
  it.each([
    "ssh-rsa AAAA...",
    "ssh-rsa AAAA... user@host",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA…",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5...xyz me@host",
    "ssh-ed25519 <your-public-key>",
    "ssh-ed25519 ${SSH_PUBLIC_KEY}",
  ])("calls %j a documentation placeholder", (line) => {
    expect(expectFailure(line).message).toBe(
      "looks like a documentation placeholder; paste the whole public key (the contents of e.g. ~/.ssh/id_ed25519.pub)",
    );
  });

  it("rejects a type without a key", () => {
    expect(expectFailure("ssh-ed25519").message).toMatch(/has the key type ssh-ed25519 but no key/);
  });

  it("rejects a type followed by something that is not a key body", () => {
    expect(expectFailure("ssh-ed25519 alice@laptop").message).toMatch(/the part after ssh-ed25519 is not a key/);
  });

  it.each(["", "   ", "\n\t\n"])("rejects empty input %j", (line) => {
    expect(expectFailure(line).message).toBe('is empty: expected a public key such as "ssh-ed25519 AAAAC3... user@host"');
  });
});

describe("checkSshPublicKey: base64", () => {
  it("rejects a character outside the alphabet, naming its position only", () => {
    const body = keyBody(KEYGEN_ED25519);
    const broken = `${body.slice(0, 30)}!${body.slice(31)}`;
    const failure = expectFailure(`ssh-ed25519 ${broken}`);
    expect(failure.message).toBe(
      "the ssh-ed25519 key is not valid base64: it has a character outside the base64 alphabet at position 31",
    );
  });

  it("explains base64url characters", () => {
    const body = keyBody(KEYGEN_ED25519).replace("/", "_");
    expect(expectFailure(`ssh-ed25519 ${body}`).message).toMatch(/base64url characters - or _ are not allowed/);
  });

  it("rejects a body whose length is not a multiple of 4 (a character was lost)", () => {
    const body = keyBody(KEYGEN_ED25519);
    expect(expectFailure(`ssh-ed25519 ${body.slice(0, -1)}`).message).toMatch(/length is not a multiple of 4/);
  });

  it("rejects wrong padding and non-zero trailing bits", () => {
    const body = keyBody(KEYGEN_RSA_3072); // ends in "s=": the last character carries two zero bits
    expect(body.endsWith("s=")).toBe(true);
    expect(expectFailure(`ssh-rsa ${body.slice(0, -2)}t=`).message).toMatch(/base64 padding is wrong/);
    expect(expectFailure(`ssh-rsa ${body}==`).message).toMatch(/not valid base64/);
  });
});

describe("checkSshPublicKey: wire structure", () => {
  it("detects a body of another type than declared", () => {
    const failure = expectFailure(`ssh-rsa ${keyBody(GITHUB_ED25519)} me@host`);
    expect(failure.message).toBe("the key says ssh-rsa but its body is an ssh-ed25519 key");
  });

  it("detects an ECDSA key declared with the wrong curve", () => {
    const line = makeEcdsaPublicKey("P-256");
    expect(expectFailure(`ecdsa-sha2-nistp384 ${keyBody(line)}`).message).toBe(
      "the key says ecdsa-sha2-nistp384 but its body is an ecdsa-sha2-nistp256 key",
    );
  });

  it("detects an ECDSA blob whose curve field disagrees with its type", () => {
    const point = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]);
    const blob = Buffer.concat([sshString("ecdsa-sha2-nistp256"), sshString("nistp384"), sshString(point)]);
    expect(expectFailure(publicKeyLine(blob)).message).toBe("the key says curve nistp256 but its body uses nistp384");
  });

  it("rejects an ECDSA point that is not on the curve", () => {
    const blob = keyBlob(makeEcdsaPublicKey("P-256"));
    blob[blob.length - 1] ^= 0x01;
    expect(expectFailure(publicKeyLine(blob)).message).toBe(
      "the key body does not hold a valid nistp256 public point",
    );
  });

  it("does not name an unknown type found inside the body", () => {
    const blob = Buffer.concat([sshString("hunter2"), sshString(Buffer.alloc(32))]);
    const failure = expectFailure(`ssh-ed25519 ${blob.toString("base64")}`);
    expect(failure.message).toBe("the key says ssh-ed25519 but its body is not an ssh-ed25519 key");
  });

  it.each([
    ["ed25519", () => makeEd25519PublicKey()],
    ["RSA", () => makeRsaPublicKey(2048)],
    ["ECDSA", () => makeEcdsaPublicKey("P-384")],
    ["certificate", () => makeEd25519Certificate()],
  ])("reports a truncated %s key", (_name, make) => {
    const line = make();
    const blob = keyBlob(line);
    const truncated = withBlob(line, blob.subarray(0, blob.length - 10));
    expect(expectFailure(truncated).message).toMatch(/key body is truncated: part of the key was lost when copying$/);
  });

  it("reports a body too short to hold even its type", () => {
    expect(expectFailure("ssh-ed25519 AAAAC3NzaC1l").message).toBe(
      "the key body is not an ssh-ed25519 public key",
    );
  });

  it("reports extra bytes after the key", () => {
    const line = makeEd25519PublicKey();
    const padded = withBlob(line, Buffer.concat([keyBlob(line), Buffer.from([1, 2, 3])]));
    expect(expectFailure(padded).message).toBe("the ssh-ed25519 key body has 3 unexpected extra bytes");
  });

  it("checks the ed25519 key length", () => {
    const blob = Buffer.concat([sshString("ssh-ed25519"), sshString(Buffer.alloc(31, 7))]);
    expect(expectFailure(publicKeyLine(blob)).message).toBe("an ed25519 public key is 32 bytes, this one has 31");
  });

  it("rejects RSA keys under 1024 bits, as OpenSSH does", () => {
    const failure = expectFailure(makeRsaPublicKey(512));
    expect(failure.message).toMatch(/^an RSA key of 512 bits is too small: OpenSSH refuses keys under 1024 bits/);
  });

  it("rejects a negative RSA modulus", () => {
    const negative = Buffer.concat([Buffer.from([0x80]), Buffer.alloc(255, 0xff)]);
    const blob = Buffer.concat([sshString("ssh-rsa"), sshMpint(Buffer.from([1, 0, 1])), sshString(negative)]);
    expect(expectFailure(publicKeyLine(blob)).message).toBe("the RSA modulus is negative");
  });

  it("rejects a certificate of unknown kind (neither user nor host)", () => {
    const blob = keyBlob(makeEd25519Certificate());
    // type string (4 + 32) + nonce (4 + 32) + key (4 + 32) + serial (8): then the uint32 certificate type.
    blob.writeUInt32BE(3, 4 + 32 + 4 + 32 + 4 + 32 + 8);
    expect(expectFailure(publicKeyLine(blob)).message).toBe(
      "the certificate is neither a user nor a host certificate",
    );
  });
});

describe("checkSshPublicKey: shape of the input", () => {
  it("asks for one key per list item when several keys share a string", () => {
    const failure = expectFailure(`${makeEd25519PublicKey("a")}\n${makeEd25519PublicKey("b")}\n`);
    expect(failure.message).toBe("holds 2 keys: put one public key per sshKeys list item");
  });

  it("recognises one key wrapped over several lines", () => {
    const line = makeRsaPublicKey(2048);
    const wrapped = (line.match(/.{1,64}/g) ?? []).join("\n");
    const failure = expectFailure(wrapped);
    expect(failure.message).toMatch(/^spans \d+ lines, but a public key is a single line .*one public key per sshKeys list item$/);
    expectNoKeyMaterial(failure.message, keyBody(line));
  });

  it("accepts one key surrounded by blank lines", () => {
    expect(expectOk(`\n\n${GITHUB_ED25519}\n\n`).normalized).toBe(GITHUB_ED25519);
  });

  it("recognises the RFC 4716 (SSH2) multi-line format", () => {
    const body = keyBody(KEYGEN_ED25519);
    const rfc4716 = `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "alice"\n${body}\n---- END SSH2 PUBLIC KEY ----\n`;
    expect(expectFailure(rfc4716).message).toMatch(/RFC 4716 \(SSH2\) format; convert it .*ssh-keygen -i/);
  });

  it("rejects a comment line and a quoted key", () => {
    expect(expectFailure("# alice's laptop").message).toMatch(/is a comment, not a key/);
    expect(expectFailure(`"${GITHUB_ED25519}"`).message).toBe("remove the quotes around the key");
  });

  it("never quotes key material in a failure message", () => {
    const ed = makeEd25519PublicKey("me");
    const edBlob = keyBlob(ed);
    const failures = [
      `ssh-rsa ${keyBody(ed)}`,
      `ssh-ed25519 ${keyBody(ed).slice(0, -1)}`,
      withBlob(ed, edBlob.subarray(0, edBlob.length - 5)),
      withBlob(ed, Buffer.concat([edBlob, Buffer.alloc(4)])),
      `ssh-ed25519 ${keyBody(ed).replace(/A/g, "!")}`,
    ];
    for (const line of failures) expectNoKeyMaterial(expectFailure(line).message, keyBody(ed));
  });
});

describe("checkSshPublicKey: private keys", () => {
  it("has a fixed message that never includes key material", () => {
    expect(PRIVATE_KEY_MESSAGE).toBe(
      "this is a PRIVATE key: never put it in sshKeys; use the matching public key (the .pub file)",
    );
  });
});
