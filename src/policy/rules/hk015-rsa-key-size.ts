import type { PolicyRule } from "../rule";

const MINIMUM_RSA_BITS = 2048;

export const HK015: PolicyRule = {
  id: "HK015",
  title: "RSA SSH keys have at least 2048 bits",
  cause: "An `sshKeys` item is an RSA key (or RSA certificate) with a modulus shorter than 2048 bits.",
  explanation: "RSA keys under 2048 bits are within reach of factoring; current OpenSSH refuses keys under 1024 bits and NIST disallows them.",
  remediation: "Generate an ed25519 key (`ssh-keygen -t ed25519`), or RSA of at least 3072 bits, and replace the short key.",
  levels: { development: "warning", staging: "warning", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) =>
      ctx.sshKeys(instance).flatMap(({ index, check }) => {
        if (!check.ok || !check.type.startsWith("ssh-rsa") || check.bits === undefined || check.bits >= MINIMUM_RSA_BITS) return [];
        return [
          {
            resource: instance,
            path: `spec.sshKeys[${index}]`,
            message: `RSA key of ${check.bits} bits is too weak (at least ${MINIMUM_RSA_BITS}); replace it with an ed25519 key (ssh-keygen -t ed25519)`,
            suggestion: "ssh-ed25519",
            allowed: `RSA of at least ${MINIMUM_RSA_BITS} bits, ed25519, ECDSA`,
          },
        ];
      }),
    );
  },
};
