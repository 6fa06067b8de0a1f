import fc from "fast-check";
import { randomBytes } from "crypto";
import { cloudConfigLocator, findPasswordLogin, findSecrets, parseCloudInit } from "../../../src/core/cloud-init";

/** Password-like values: letters and digits, always with both. */
const password = fc
  .tuple(fc.stringMatching(/^[A-Za-z]{6,16}$/), fc.stringMatching(/^[0-9]{2,6}$/))
  .map(([letters, digits]) => `${letters}${digits}`);

describe("cloud-init checks on arbitrary input", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        for (const text of [body, `#cloud-config\n${body}`]) {
          const result = parseCloudInit(text);
          if (result.ok && result.config) findPasswordLogin(result.config, cloudConfigLocator(text));
          findSecrets(text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("report a literal password without ever quoting it", () => {
    fc.assert(
      fc.property(password, fc.constantFrom("password", "passwd", "plain_text_passwd"), (secret, key) => {
        const text = `#cloud-config\nusers:\n  - name: bob\n    ${key}: ${secret}\n`;
        const hits = findSecrets(text);
        expect(hits).toHaveLength(1);
        expect(hits[0].message).not.toContain(secret);
        const parsed = parseCloudInit(text);
        if (!parsed.ok || !parsed.config) throw new Error("expected a config");
        for (const issue of findPasswordLogin(parsed.config)) expect(issue.message).not.toContain(secret);
      }),
    );
  });

  it("never quote a password in a YAML error", () => {
    fc.assert(
      fc.property(password, fc.constantFrom('"', "\t", ": x", " [", "\\q\""), (secret, breakage) => {
        const text = `#cloud-config\npassword: "${secret}${breakage}\nother: ${secret}\n`;
        const result = parseCloudInit(text);
        if (!result.ok) expect(result.message).not.toContain(secret);
      }),
    );
  });

  it("stay fast on a large document and a huge single line", () => {
    const blob = randomBytes(750_000).toString("base64");
    const lines = Array.from({ length: 20_000 }, (_, i) => `  - echo line ${i} token: ${i}`).join("\n");
    const started = Date.now();
    findSecrets(`#cloud-config\nwrite_files:\n  - content: ${blob}\n`);
    findSecrets(`#cloud-config\nruncmd:\n${lines}\n`);
    findSecrets("a".repeat(200_000) + "s/".repeat(2_000));
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
