// The same constructs on CDK Terrain (cdktn), the maintained continuation of CDKTF: import the framework from
// "cdktn" and the library from "hikube-vm/cdktn". No prebuilt kubernetes provider exists for cdktn: use the
// library's KubernetesProvider (or KubectlProvider), or generate bindings with `cdktn get`.
import { App, TerraformStack } from "cdktn";
import { Construct } from "constructs";
import { HikubeDefaults, KubernetesProvider, Size, VirtualMachine } from "hikube-vm/cdktn";

export class CdktnStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new KubernetesProvider(this, "kubernetes", { configPath: "~/.kube/config" });
    HikubeDefaults.set(this, { namespace: "tenant-demo" });

    new VirtualMachine(this, "Web", {
      name: "web",
      systemDisk: { image: "ubuntu-2404", storage: Size.gibibytes(20) },
      sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com"],
    });
  }
}

if (require.main === module) {
  const app = new App();
  new CdktnStack(app, "cdktn");
  app.synth();
}
