// A tenant whose kubeconfig cannot list CustomResourceDefinitions (Cozystack's tenant roles grant nothing on
// apiextensions.k8s.io): the kubectl backend writes kubectl_manifest resources (alekc/kubectl), which plan
// without that lookup. Same objects, same addresses scheme, same ordering and protection as kubernetes_manifest.
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { HikubeDefaults, KubectlProvider, Size, VirtualMachine } from "hikube-vm";

export class TenantKubectlStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new KubectlProvider(this, "kubectl", { configPath: "~/.kube/config" });
    HikubeDefaults.set(this, { namespace: "tenant-demo", environment: "production", backend: "kubectl" });

    new VirtualMachine(this, "Db", {
      name: "db",
      instanceType: "u1.xlarge",
      systemDisk: { image: "debian-12", storage: Size.gibibytes(20) },
      dataDisks: [{ storage: Size.gibibytes(200) }],
      sshKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com"],
      cloudInit: "#cloud-config\nssh_pwauth: false\npackages: [postgresql]\n",
    });
  }
}

if (require.main === module) {
  const app = new App();
  new TenantKubectlStack(app, "tenant-kubectl");
  app.synth();
}
