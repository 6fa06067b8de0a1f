// Issue 13 item 8: quantities are exact; nothing is rounded, clamped or read approximately unseen.
import { Size } from "../../../src/core/quantity";
import { validateDefinitions } from "../../../src/core/validation/validate-definition";
import { parseManifests } from "../../../src/yaml";
import { disk, errorsOf } from "../../helpers/definitions";

const storageErrors = (storage: unknown) => errorsOf(disk({ storage })).filter((f) => f.path === "spec.storage").map((f) => f.message);

describe("storage quantities", () => {
  test.each([
    ["1m", '"1m" is 0.001 bytes: a size is a whole number of bytes'],
    [".5", '".5" is 0.5 bytes: a size is a whole number of bytes'],
    ["0.5", '"0.5" is 0.5 bytes: a size is a whole number of bytes'],
    [0.5, "0.5 is 0.5 bytes: a size is a whole number of bytes"],
    ["1.1Ki", '"1.1Ki" is 1126.4 bytes: a size is a whole number of bytes'],
  ])("sub-byte %j is refused", (storage, message) => {
    expect(storageErrors(storage)).toEqual([message]);
  });

  test('"5." is bytes and refused like 5, with the same suggestion', () => {
    expect(storageErrors("5")).toEqual(['"5" is 5 bytes: a bare number counts bytes']);
    expect(storageErrors("5.")).toEqual(['"5." is 5 bytes: a bare number counts bytes']);
    const [plain, dotted] = ["5", "5."].map((s) => errorsOf(disk({ storage: s }))[0].suggestion);
    expect(dotted).toBe(plain);
    expect(dotted).toBe("5Gi");
    expect(storageErrors("+5")).toEqual(['"+5" is 5 bytes: a bare number counts bytes']);
    expect(storageErrors("5e3")).toEqual(['"5e3" is 5000 bytes: a bare number counts bytes']);
  });

  test.each(["8Ei", "9223372036854775808", "10E", "100Ei", "9.3E"])("%s, beyond int64, is refused, not clamped to 2^63-1", (storage) => {
    expect(storageErrors(storage)).toEqual([expect.stringMatching(/is beyond the 64-bit range Kubernetes stores quantities in \(at most 9223372036854775807, just under 8Ei\)$/)]);
  });

  test("the int64 maximum itself and ordinary sizes are fine", () => {
    expect(storageErrors("9223372036854775807")).toEqual([]);
    expect(storageErrors("8191Pi")).toEqual([]);
    expect(storageErrors("0.5Gi")).toEqual([]);
    expect(storageErrors(5368709120)).toEqual([]);
  });

  test("a JSON or YAML number above 2^53 is refused, as it is not the number written", () => {
    for (const [file, text] of [
      ["d.json", '{"apiVersion":"apps.cozystack.io/v1alpha1","kind":"VMDisk","metadata":{"name":"d"},"spec":{"storage":9007199254740993}}'],
      ["d.yaml", "apiVersion: apps.cozystack.io/v1alpha1\nkind: VMDisk\nmetadata: {name: d}\nspec:\n  storage: 9007199254740993\n"],
    ]) {
      const set = parseManifests(text, file);
      const messages = validateDefinitions(set.resources.map((r) => r.definition)).map((f) => f.message);
      expect(messages).toEqual([expect.stringMatching(/^9007199254740992 is above 2\^53, where a JSON or YAML number loses digits when read/)]);
    }
    expect(storageErrors(2 ** 53)).toEqual([expect.stringMatching(/above 2\^53/)]);
    expect(storageErrors(2 ** 53 - 1)).toEqual([]);
  });
});

describe("Size.parse", () => {
  test.each([
    ["8Ei", /more than 9223372036854775807 bytes/],
    ["1m", /fraction of a byte/],
    [".5", /fraction of a byte/],
    [2 ** 60, /above 2\^53/],
    ["-1Gi", /cannot be negative/],
  ])("%j is refused", (input, message) => {
    expect(() => Size.parse(input as string)).toThrow(message);
  });

  test("valid sizes parse exactly", () => {
    expect(Size.parse("9223372036854775807").toBytes()).toBe(2n ** 63n - 1n);
    expect(Size.parse("1.5Gi").toString()).toBe("1536Mi");
  });
});
