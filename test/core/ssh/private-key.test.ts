import { generateKeyPairSync, randomBytes } from "crypto";
import { checkSshPublicKey, looksLikePrivateKey, PRIVATE_KEY_MESSAGE } from "../../../src/core/ssh";
import {
  makeEcdsaPublicKey,
  makeEcPrivateKeyPem,
  makeEd25519PublicKey,
  makeEncryptedPrivateKeyPem,
  makeOpenSshPrivateKey,
  makeOpenSshPrivateKeyBase64,
  makePrivateKeyPem,
  makePuttyPrivateKey,
  makeRsaPrivateKeyPem,
} from "../../helpers/ssh-keys";

/** A DSA key in the legacy PEM armour OpenSSH used to write (`-----BEGIN DSA PRIVATE KEY-----`). */
function makeDsaStylePem(): string {
  const body = randomBytes(300).toString("base64").match(/.{1,64}/g) ?? [];
  return ["-----BEGIN DSA PRIVATE KEY-----", ...body, "-----END DSA PRIVATE KEY-----"].join("\n");
}

/** Lines of a PEM file that hold key material (everything but the armour). */
function materialLines(pem: string): string[] {
  return pem.split("\n").filter((line) => line !== "" && !line.startsWith("-----") && !line.includes(":"));
}

const PRIVATE_KEYS: ReadonlyArray<readonly [string, () => string]> = [
  ["PKCS#8 PEM", makePrivateKeyPem],
  ["PKCS#1 RSA PEM", () => makeRsaPrivateKeyPem(1024)],
  ["SEC1 EC PEM", () => makeEcPrivateKeyPem("P-384")],
  ["encrypted PKCS#8 PEM", () => makeEncryptedPrivateKeyPem("a passphrase")],
  ["OpenSSH", () => makeOpenSshPrivateKey("alice@laptop")],
  ["DSA PEM", makeDsaStylePem],
  ["PuTTY .ppk", makePuttyPrivateKey],
  ["bare OpenSSH blob", () => makeOpenSshPrivateKeyBase64()],
  ["wrapped bare OpenSSH blob", () => (makeOpenSshPrivateKeyBase64().match(/.{1,70}/g) ?? []).join("\n")],
];

describe("looksLikePrivateKey", () => {
  it.each(PRIVATE_KEYS)("recognises a %s private key", (_name, make) => {
    expect(looksLikePrivateKey(make())).toBe(true);
  });

  it("recognises a PEM key flattened onto one line or indented in YAML", () => {
    expect(looksLikePrivateKey(makePrivateKeyPem().replace(/\n/g, " "))).toBe(true);
    expect(looksLikePrivateKey(`key: |\n  ${makeOpenSshPrivateKey().replace(/\n/g, "\n  ")}`)).toBe(true);
  });

  it("recognises an ssh.com (SSH2) encrypted private key", () => {
    const ssh2 = "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nP2/56wAAA\n---- END SSH2 ENCRYPTED PRIVATE KEY ----";
    expect(looksLikePrivateKey(ssh2)).toBe(true);
  });

  it.each([
    ["an ed25519 public key", () => makeEd25519PublicKey("me")],
    ["an ECDSA public key", () => makeEcdsaPublicKey("P-521")],
    [
      "a SPKI public key PEM",
      () => generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "pem" }).toString(),
    ],
    ["a certificate PEM", () => "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"],
    ["prose about private keys", () => "Never commit your private key; keep PRIVATE KEY files in a vault."],
    ["an empty string", () => ""],
  ])("does not flag %s", (_name, make) => {
    expect(looksLikePrivateKey(make())).toBe(false);
  });
});

describe("checkSshPublicKey on private keys", () => {
  it.each(PRIVATE_KEYS)("rejects a %s private key with the fixed message", (_name, make) => {
    const secret = make();
    const result = checkSshPublicKey(secret);
    expect(result).toEqual({ ok: false, privateKey: true, message: PRIVATE_KEY_MESSAGE });
    if (result.ok) return;
    for (const line of materialLines(secret)) expect(result.message).not.toContain(line.slice(0, 16));
    expect(JSON.stringify(result)).not.toContain(materialLines(secret)[0]?.slice(0, 16) ?? "-");
  });

  it("rejects a private blob pasted after a key type", () => {
    const result = checkSshPublicKey(`ssh-ed25519 ${makeOpenSshPrivateKeyBase64()} me@host`);
    expect(result).toMatchObject({ ok: false, privateKey: true });
  });

  it("does not flag public keys as private", () => {
    expect(checkSshPublicKey(makeEd25519PublicKey())).toMatchObject({ ok: true });
  });
});
