output "name" {
  description = "The VMInstance's name, once it exists."
  value       = var.name
  depends_on  = [module.stack]
}

output "manifest" {
  description = "The manifest sent to the platform."
  value       = module.stack.manifests["VMInstance/${var.name}"]
}

output "object" {
  description = "The object as the server returned it (status included). The external IP is on the Service vm-instance-<name>, not here: see external_address."
  value       = module.stack.objects["VMInstance/${var.name}"]
}

output "external_address" {
  description = "The VM's external address: the IP (or hostname) of its LoadBalancer Service vm-instance-<name>, read once the instance is applied; null for an internal VM or until the load balancer has one."
  value       = lookup(module.stack.external_addresses, var.name, null)
}
