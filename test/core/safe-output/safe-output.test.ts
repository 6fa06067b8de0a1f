import { spawnSync } from "child_process";
import fc from "fast-check";
import { parseAllDocuments } from "yaml";
import { jsonErrorMessage, redactSecrets, shellWord, terminalText, yamlErrorText } from "../../../src/core/safe-output";
import { makeEd25519PublicKey, makeOpenSshPrivateKey, makeRsaPrivateKeyPem } from "../../helpers/ssh-keys";

describe("redactSecrets", () => {
  const key = makeOpenSshPrivateKey();
  const body = key.split("\n")[2];

  test.each([
    ["a whole OpenSSH key", key],
    ["as JSON text", JSON.stringify(key)],
    ["on one line", key.replace(/\n/g, " ")],
    ["a body line alone (in a comment)", `# ${body}`],
    ["the bare blob without armour", key.split("\n").slice(1, -2).join("\n")],
    ["a key cut before its END line", key.slice(0, 200)],
    ["an RSA PEM key", makeRsaPrivateKeyPem(1024)],
  ])("a private key, %s: nothing of its body is left", (_name, text) => {
    const out = redactSecrets(text);
    for (const line of (text.match(/[A-Za-z0-9+/=]{16,}/g) ?? [])) expect(out).not.toContain(line.slice(0, 16));
    expect(out).toMatch(/<(?:private key )?redacted>/);
  });

  test.each([
    ["https://user:pa55word@host/x", "https://<redacted>@host/x"],
    ["git clone https://ghp_0123456789abcdefghijABCDEFGHIJ0123@github.com/a", "git clone https://<redacted>@github.com/a"],
    ['{"password":"hunter2x"}', '{"password":"<redacted>"}'],
    ['got "plain_text_passwd: hunter2x"', 'got "plain_text_passwd: <redacted>"'],
    ["Authorization: Bearer abc.def.ghi", "Authorization: Bearer <redacted>"],
    ["passwd: $6$saltsalt$abcdefghijklmnop", "passwd: <redacted>"],
  ])("%s", (text, expected) => {
    expect(redactSecrets(text)).toBe(expected);
  });

  test.each([
    ["a public key", makeEd25519PublicKey("me@example")],
    ["a sha256 digest", "sha256 " + "ab".repeat(32)],
    ["the tool's prose naming a field", "users[0].plain_text_passwd: sets a clear-text password"],
    ["a switch", '{"lock_passwd": "false"}'],
    ["a placeholder", '"token: ${TOKEN}"'],
    ["a URL without credentials", "https://example.com/a@b"],
  ])("%s is left as it is", (_name, text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});

describe("parser messages never quote the input", () => {
  const secret = "Hunter2Secret";
  test.each([`a: 1\n}${secret}: 2\n`, `a: *${secret}\n`, `a: !${secret} x\n`, `a: "x\\q${secret}"\n`, `- a\n${secret}: b\n`, `a: b: ${secret}\n`])("yaml: %j", (text) => {
    const messages = parseAllDocuments(text).flatMap((d) => {
      const errors = [...(Array.isArray(d) ? [] : d.errors), ...(Array.isArray(d) ? [] : d.warnings)].map((e) => e.message);
      try {
        if (!Array.isArray(d)) d.toJS();
      } catch (error) {
        errors.push((error as Error).message);
      }
      return errors;
    });
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.includes(secret))).toBe(true); // the package's own message does quote it
    for (const m of messages) expect(yamlErrorText(m)).not.toContain(secret);
  });

  test.each([`{"a": ${secret}}`, `{"a": "b" ${secret}}`, `[${secret}]`, `{"a":"b"}${secret}`, `{"${secret}`])("json: %j, with a line and column", (text) => {
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    const message = jsonErrorMessage(error, text);
    expect(message).not.toContain(secret);
    expect(message).not.toContain(secret.slice(0, 4));
    expect(message).toMatch(/^not valid JSON at line 1, column \d+ \(/);
  });
});

describe("terminalText", () => {
  test("control characters, separators and bidi controls become visible escapes; a command start is defused", () => {
    expect(terminalText("a\u001b[31mb\r\nc\u0000\u2028\u202e\t")).toBe("a\\x1b[31mb\\r\\nc\\x00\\u2028\\u202e\\t");
    expect(terminalText("::error::x")).toBe("\\x3a:error::x");
    expect(terminalText("##[error]x")).toBe("\\x23#[error]x");
    expect(terminalText("été ✓ a::b")).toBe("été ✓ a::b");
  });
});

test("shellWord: any text is one word to a real shell, never a command", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 20 }).filter((s) => !s.includes("\u0000")), (text) => {
      const result = spawnSync("sh", ["-c", `printf '%s' ${shellWord(text)}`], { encoding: "utf8" });
      expect(result.stdout).toBe(text);
    }),
    { seed: 20261213, numRuns: 60 },
  );
  expect(shellWord("a'; rm -rf / #")).toBe(`'a'\\''; rm -rf / #'`);
});
