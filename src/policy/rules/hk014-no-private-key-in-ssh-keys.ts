import type { PolicyRule } from "../rule";

export const HK014: PolicyRule = {
  id: "HK014",
  title: "sshKeys holds public keys only",
  cause: "An `sshKeys` item is a private key.",
  explanation:
    "A private key in the configuration is in the repository, Terraform state and the VM's Secret: it is compromised. No reason justifies it, so this rule cannot be waived.",
  remediation: "Put the matching public key (the `.pub` file) in `sshKeys`, and revoke the private key: generate a new pair and remove the old public key everywhere.",
  levels: { development: "error", staging: "error", production: "error" },
  waivable: false,
  check(ctx) {
    return ctx.instances.flatMap((instance) =>
      ctx
        .sshKeys(instance)
        .filter(({ check }) => !check.ok && check.privateKey)
        .map(({ index }) => ({
          resource: instance,
          path: `spec.sshKeys[${index}]`,
          message: "this is a PRIVATE key: it is now exposed and must be revoked; put the matching public key (the .pub file) in sshKeys",
        })),
    );
  },
};
