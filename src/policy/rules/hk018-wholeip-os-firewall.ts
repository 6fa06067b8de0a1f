import { isWindowsProfile } from "../../core/catalog";
import type { PolicyRule } from "../rule";
import { isExternal } from "./spec-values";

/** A firewall tool named anywhere in cloud-init: packages, runcmd, write_files … (a heuristic). */
const FIREWALL = /\b(?:ufw|firewalld|firewall-cmd|nftables|nft|iptables|ip6tables)\b/;

export const HK018: PolicyRule = {
  id: "HK018",
  title: "WholeIP VMs configure an OS firewall",
  cause: "An external `WholeIP` VMInstance (not a Windows profile) whose cloud-init mentions no firewall (ufw, firewalld, nftables, iptables).",
  explanation:
    "With WholeIP nothing filters traffic before the VM: the seed warns that an OS firewall is then indispensable. Cloud images ship with the firewall off.",
  remediation: "Enable a firewall in cloud-init, e.g. `runcmd: [ufw default deny incoming, ufw allow 22/tcp, ufw --force enable]`, or use PortList.",
  levels: { development: "warning", staging: "warning", production: "error" },
  waivable: true,
  check(ctx) {
    return ctx.instances.flatMap((instance) => {
      if (!isExternal(instance) || instance.manifest.spec.externalMethod !== "WholeIP") return [];
      // Windows enables its own firewall by default.
      const profile = String(instance.manifest.spec.instanceProfile);
      if (isWindowsProfile(profile, ctx.catalog.profile(profile))) return [];
      if (FIREWALL.test(ctx.cloudInit(instance)?.text ?? "")) return [];
      return [
        {
          resource: instance,
          path: "spec.cloudInit",
          message: "WholeIP exposes every port, and cloud-init configures no OS firewall (ufw, firewalld, nftables, iptables); enable one in cloud-init or use PortList",
        },
      ];
    });
  },
};
