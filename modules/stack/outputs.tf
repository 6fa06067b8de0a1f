output "manifests" {
  description = "Manifests by \"VMDisk/<name>\" and \"VMInstance/<name>\", as sent to the platform."
  value       = module.manifests.manifests
}

output "disk_names" {
  description = "Names of the VMDisks, known once they exist: attach them from other modules to order instances after them."
  value       = keys(local.disk_manifests)
  depends_on  = [kubernetes_manifest.disk, kubernetes_manifest.protected_disk]
}

output "instance_names" {
  description = "Names of the VMInstances."
  value       = keys(local.instance_manifests)
  depends_on  = [kubernetes_manifest.instance]
}

output "objects" {
  description = "The objects as the server returned them (status included), by \"<kind>/<name>\"."
  value = merge(
    { for name, r in merge(kubernetes_manifest.disk, kubernetes_manifest.protected_disk) : "VMDisk/${name}" => r.object },
    { for name, r in kubernetes_manifest.instance : "VMInstance/${name}" => r.object },
  )
}
