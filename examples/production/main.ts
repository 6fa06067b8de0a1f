// A production VM as the Hikube reference recommends: a system disk and a separate data disk,
// both replicated; exposed with a PortList firewall (22 and 443 only); SSH keys only.
import { App, Aspects, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { HikubeDefaults, HikubePolicies, KubernetesProvider, Size, VirtualMachine } from "hikube-vm";

const OPS_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com";

// cloud-init runs on first boot. `${HOME}` and `%{...}` reach the VM unchanged: the library
// escapes them for Terraform.
const CLOUD_INIT = `#cloud-config
package_update: true
packages:
  - nginx
  - ufw
ssh_pwauth: false
users:
  - name: ops
    sudo: ALL=(ALL) NOPASSWD:ALL
    lock_passwd: true
    ssh_authorized_keys:
      - ${OPS_KEY}
runcmd:
  - ufw default deny incoming
  - ufw allow 22/tcp
  - ufw allow 443/tcp
  - ufw --force enable
  - echo "data disk for $\{HOSTNAME}" > /etc/motd
`;

export class ProductionStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new KubernetesProvider(this, "kubernetes", { configPath: "~/.kube/config" });
    // In production, data disks get prevent_destroy and the production policies apply.
    HikubeDefaults.set(this, { namespace: "tenant-prod", environment: "production" });

    new VirtualMachine(this, "Api", {
      name: "api",
      instanceType: "u1.2xlarge",
      instanceProfile: "ubuntu",
      systemDisk: { image: "ubuntu-2404", storage: Size.gibibytes(30), storageClass: "replicated" },
      dataDisks: [{ storage: Size.gibibytes(100), storageClass: "replicated" }],
      external: true,
      externalMethod: "PortList",
      externalPorts: [22, 443],
      sshKeys: [OPS_KEY],
      cloudInit: CLOUD_INIT,
    });
  }
}

if (require.main === module) {
  const app = new App();
  // Errors fail the synthesis; the report is written next to the stack (JSON and SARIF).
  Aspects.of(app).add(new HikubePolicies({ environment: "production" }));
  new ProductionStack(app, "production");
  app.synth();
}
