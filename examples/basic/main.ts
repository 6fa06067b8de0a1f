// One VM booting from a Hikube golden image: the smallest useful stack.
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { KubernetesProvider, Size, VirtualMachine } from "hikube-vm";

export class BasicStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new KubernetesProvider(this, "kubernetes", { configPath: "~/.kube/config" });

    new VirtualMachine(this, "Web", {
      name: "web",
      namespace: "tenant-demo",
      instanceType: "u1.medium",
      instanceProfile: "ubuntu",
      systemDisk: { image: "ubuntu-2404", storage: Size.gibibytes(20) },
      sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com"],
    });
  }
}

if (require.main === module) {
  const app = new App();
  new BasicStack(app, "basic");
  app.synth();
}
