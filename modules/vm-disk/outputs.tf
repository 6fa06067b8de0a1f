output "name" {
  description = "The VMDisk's name, once it exists: attach it with disks = [{ name = module.<this>.name }] so the instance is created after the disk."
  value       = var.name
  depends_on  = [module.stack]
}

output "manifest" {
  description = "The manifest sent to the platform."
  value       = module.stack.manifests["VMDisk/${var.name}"]
}

output "object" {
  description = "The object as the server returned it (status included)."
  value       = module.stack.objects["VMDisk/${var.name}"]
}
