import { Construct } from "constructs";
import { externalAddressBlocks } from "../terraform/external-address";
import type { Backend } from "../terraform/backend";
import { TerraformDataSource, TerraformOutput, TerraformProvider, Token, ref } from "./framework";

/** The data source that reads an external VM's LoadBalancer Service (arguments already in Terraform JSON). */
class ServiceLookup extends TerraformDataSource {
  constructor(scope: Construct, id: string, type: string, providerName: string, private readonly args: Readonly<Record<string, unknown>>, provider?: TerraformProvider) {
    super(scope, id, { terraformResourceType: type, terraformGeneratorMetadata: { providerName }, ...(provider && { provider }) });
  }

  protected override synthesizeAttributes(): { [name: string]: unknown } {
    const { depends_on: _dependsOn, ...rest } = this.args;
    return { ...rest };
  }
}

/**
 * Adds, under an external VmInstance, the data source that reads its Service once the instance is applied and a
 * Terraform output `<resource name>_external_address`; returns the address as a Terraform token.
 */
export function addExternalAddress(scope: Construct, backend: Backend, namespace: string, name: string, provider?: TerraformProvider): string {
  const blocks = externalAddressBlocks(backend, namespace, name);
  const lookup = new ServiceLookup(scope, "ExternalService", blocks.dataType, backend, blocks.data, provider);
  lookup.overrideLogicalId(blocks.dataName);
  lookup.dependsOn = [...(blocks.data.depends_on as string[])];
  const address = Token.asString(ref(blocks.expression));
  const output = new TerraformOutput(scope, "ExternalAddress", { value: address, description: blocks.description });
  output.overrideLogicalId(blocks.outputName);
  return address;
}
