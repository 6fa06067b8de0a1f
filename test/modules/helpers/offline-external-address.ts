/**
 * modules/kubectl-stack/external-address.tf without a provider: its `data "kubectl_manifest"` (which reads the
 * Service vm-instance-<name>) becomes a terraform_data whose output carries a Service YAML with a load balancer
 * `ip` (the cluster's answer), so that the for_each filter and the address expression run for real, offline.
 */
export function offlineExternalAddress(text: string, ip: string): string {
  const out = text
    .replace('data "kubectl_manifest" "external_service" {', 'resource "terraform_data" "external_service" {')
    .replace(
      /^ {2}api_version = "v1"\n {2}kind += "Service"\n {2}name += (.*)\n {2}namespace += (.*)$/m,
      (_m, name: string, namespace: string) => `  input = { yaml = yamlencode({ kind = "Service", metadata = { name = ${name}, namespace = ${namespace} }, status = { loadBalancer = { ingress = [{ ip = "${ip}" }] } } }) }`,
    )
    .replace(/data\.kubectl_manifest\.external_service/g, "terraform_data.external_service")
    .replace(/yamldecode\(s\.yaml\)/g, "yamldecode(s.output.yaml)")
    .replace(/kubectl_manifest\.instance/g, "terraform_data.instance");
  if (out.includes("kubectl_manifest") || !out.includes("input = {")) throw new Error(`external-address.tf changed shape; update this helper:\n${text}`);
  return out;
}
