import { findSecrets } from "../../core/cloud-init";
import type { PolicyRule } from "../rule";

export const HK013: PolicyRule = {
  id: "HK013",
  title: "cloud-init holds no secrets",
  cause: "`cloudInit` contains a private key, a token, a cloud credential or a password (hash).",
  explanation:
    "cloudInit is stored in clear in Terraform state and plan files, in the VM's Kubernetes Secret and in the VM's metadata: everyone who can read any of them gets the secret. Password hashes can be cracked offline.",
  remediation:
    "Fetch secrets on the VM at boot from a secret store (Vault, a Kubernetes Secret mounted by an agent …); use SSH public keys, never passwords. A secret that was committed must be rotated.",
  levels: { development: "warning", staging: "error", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) => {
      const cloudInit = ctx.cloudInit(instance);
      if (!cloudInit) return [];
      // findSecrets' messages name the kind of secret and the line, never the value.
      return findSecrets(cloudInit.text).map((hit) => ({ resource: instance, path: "spec.cloudInit", message: hit.message }));
    });
  },
};
