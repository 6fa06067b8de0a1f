import { splitOptionsPrefix, startsWithOptions } from "../../../src/core/ssh/authorized-keys-options";

describe("splitOptionsPrefix", () => {
  it("splits options on commas outside quotes and returns the key part", () => {
    const result = splitOptionsPrefix(
      'from="10.0.0.0/8,192.168.0.0/16",command="echo \\"a b\\"",no-pty   ssh-ed25519 AAAA me',
    );
    expect(result).toEqual({
      ok: true,
      options: ['from="10.0.0.0/8,192.168.0.0/16"', 'command="echo \\"a b\\""', "no-pty"],
      rest: "ssh-ed25519 AAAA me",
    });
  });

  it("accepts every sshd option form", () => {
    const line =
      'restrict,pty,expiry-time="20301231",principals="alice,bob",permitopen="localhost:8080",tunnel="0",' +
      'environment="LANG=C",permitlisten="127.0.0.1:9000",cert-authority,no-touch-required,verify-required x';
    expect(splitOptionsPrefix(line)).toMatchObject({ ok: true, rest: "x" });
  });

  it.each([
    ['from="10.0.0.1', "the key options have an unterminated double quote"],
    ["no-pty,,restrict", "the key options are malformed"],
    ["from", 'the key option from needs a value: from="..."'],
    ["from=10.0.0.1", "the value of key option from must be in double quotes"],
    ['pty="1"', "the key option pty takes no value"],
    ["no-agent-forwardin", 'unknown key option "no-agent-forwardin" (did you mean "no-agent-forwarding"?)'],
  ])("rejects %j", (prefix, message) => {
    const result = splitOptionsPrefix(`${prefix} ssh-ed25519 AAAA`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.startsWith(message)).toBe(true);
  });
});

describe("startsWithOptions", () => {
  it.each(['from="x"', "no-pty,restrict", "RESTRICT", "a=b"])("sees options in %j", (word) => {
    expect(startsWithOptions(word)).toBe(true);
  });

  it.each(["ssh-ed25519", "AAAAC3Nza", "hello"])("sees no options in %j", (word) => {
    expect(startsWithOptions(word)).toBe(false);
  });
});
