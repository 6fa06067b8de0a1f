import fc from "fast-check";
import { checkSshPublicKey } from "../../../src/core/ssh";
import { keyBlob, keyBody, makeEcdsaPublicKey, makeEd25519Certificate, makeRsaPublicKey } from "../../helpers/ssh-keys";

const KEYS = [makeRsaPublicKey(2048, "rsa"), makeEcdsaPublicKey("P-256", "ec"), makeEd25519Certificate("cert")];

describe("checkSshPublicKey on arbitrary input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        checkSshPublicKey(text);
        checkSshPublicKey(`ssh-ed25519 ${text}`);
        checkSshPublicKey(`from="${text}" ssh-rsa AAAA${text}`);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on damaged real keys and never quotes their bodies", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        fc.nat({ max: 40 }),
        (line, position, flip, cut) => {
          const blob = Buffer.from(keyBlob(line));
          blob[position % blob.length] ^= flip;
          const damaged = blob.subarray(0, blob.length - cut);
          const result = checkSshPublicKey(`${line.split(" ")[0]} ${damaged.toString("base64")}`);
          if (!result.ok) {
            const body = keyBody(line);
            for (let i = 0; i + 16 <= body.length; i += 8) expect(result.message).not.toContain(body.slice(i, i + 16));
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
