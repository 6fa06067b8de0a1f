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
  description = "The object as the server returned it (status included). The external IP is on the Service vm-instance-<name>, not here."
  value       = module.stack.objects["VMInstance/${var.name}"]
}
