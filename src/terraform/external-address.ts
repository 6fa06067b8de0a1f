import { resourceName } from "../core/render/resource-address";
import { backendAddress, type Backend } from "./backend";

/** The Service the platform creates for an external VMInstance `<name>`: a LoadBalancer whose IP is its status. */
export function externalServiceName(name: string): string {
  return `vm-instance-${name}`;
}

/** What reads an external VM's address: a data source of the backend's provider and a Terraform output. */
export interface ExternalAddressBlocks {
  /** `kubernetes_resource` (hashicorp/kubernetes) or `kubectl_manifest` (alekc/kubectl's data source). */
  readonly dataType: string;
  /** The data source's name (the instance's resource name: data sources have their own namespace). */
  readonly dataName: string;
  /** Its arguments, `depends_on` the instance: read after the instance is applied. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The output's name: `<resource name>_external_address`. */
  readonly outputName: string;
  readonly description: string;
  /** The address as a Terraform expression (without `${}`): the first ingress's IP, else its hostname, else null. */
  readonly expression: string;
}

/**
 * The blocks that read the external address of VMInstance `namespace/name` once applied. The kubernetes backend reads
 * the Service with `data "kubernetes_resource"` (its `object`); the kubectl backend with alekc/kubectl's
 * `data "kubectl_manifest"` (its `yaml`, decoded), so that a kubectl stack needs no second provider. Until the
 * load balancer has an address, the output is null (the next plan or `terraform refresh` reads it).
 */
export function externalAddressBlocks(backend: Backend, namespace: string, name: string): ExternalAddressBlocks {
  const dataName = resourceName("VMInstance", namespace, name);
  const service = externalServiceName(name);
  const dependsOn = [backendAddress(backend, "VMInstance", namespace, name)];
  const kubectl = backend === "kubectl";
  const dataType = kubectl ? "kubectl_manifest" : "kubernetes_resource";
  const object = kubectl ? `yamldecode(data.kubectl_manifest.${dataName}.yaml)` : `data.kubernetes_resource.${dataName}.object`;
  const ingress = `${object}.status.loadBalancer.ingress[0]`;
  return {
    dataType,
    dataName,
    data: kubectl
      ? { api_version: "v1", kind: "Service", name: service, namespace, depends_on: dependsOn }
      : { api_version: "v1", kind: "Service", metadata: { name: service, namespace }, depends_on: dependsOn },
    outputName: `${dataName}_external_address`,
    description: `External address of VMInstance ${namespace}/${name}: the IP (or hostname) of its LoadBalancer Service ${service}; null until the load balancer has one`,
    expression: `try(${ingress}.ip, ${ingress}.hostname, null)`,
  };
}

/** Whether a rendered VMInstance spec is exposed outside the cluster (a literal `external: true`). */
export function isExternalSpec(spec: Readonly<Record<string, unknown>>): boolean {
  return spec.external === true;
}
