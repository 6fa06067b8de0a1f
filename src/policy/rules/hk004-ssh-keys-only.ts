import { cloudConfigLocator, findPasswordLogin } from "../../core/cloud-init";
import type { PolicyRule } from "../rule";

export const HK004: PolicyRule = {
  id: "HK004",
  title: "SSH keys only: cloud-init does not enable password login",
  cause:
    "The #cloud-config in `cloudInit` enables password login: `ssh_pwauth: true`, `chpasswd`, `password`, `passwd`/`hashed_passwd`/`plain_text_passwd` on a user, `lock_passwd: false`, or commands and files that turn on PasswordAuthentication.",
  explanation:
    "Passwords can be guessed and brute-forced by anyone who reaches port 22; keys cannot. The seed's first security practice is SSH keys only.",
  remediation: "Remove the password settings; put public keys in `sshKeys` or `ssh_authorized_keys`, and leave `ssh_pwauth` unset or false.",
  levels: { development: "warning", staging: "error", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) => {
      const cloudInit = ctx.cloudInit(instance);
      if (!cloudInit?.parsed.ok || !cloudInit.parsed.config) return [];
      return findPasswordLogin(cloudInit.parsed.config, cloudConfigLocator(cloudInit.text)).map((issue) => ({
        resource: instance,
        path: "spec.cloudInit",
        message: `${issue.line === undefined ? "" : `line ${issue.line}: `}${issue.path}: ${issue.message}`,
      }));
    });
  },
};
