output "name" {
  description = "The VMInstance's name, once it exists."
  value       = var.name
  depends_on  = [module.stack]
}

output "disk_names" {
  description = "The VMDisks in boot order (system disk first), once they exist."
  value       = [for a in local.attachments : a.name]
  depends_on  = [module.stack]
}

output "manifests" {
  description = "Manifests by \"VMDisk/<name>\" and \"VMInstance/<name>\", as sent to the platform."
  value       = module.stack.manifests
}

output "object" {
  description = "The VMInstance as the server returned it (status included)."
  value       = module.stack.objects["VMInstance/${var.name}"]
}

output "external_address" {
  description = "The VM's external address: the IP (or hostname) of its LoadBalancer Service vm-instance-<name>, read once the instance is applied; null for an internal VM or until the load balancer has one."
  value       = lookup(module.stack.external_addresses, var.name, null)
}
