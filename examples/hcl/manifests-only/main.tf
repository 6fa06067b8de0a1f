# Offline: modules/manifests needs no provider. `terraform init && terraform apply` prints the
# manifests as the platform would receive them (e.g. to review them, or to pipe them to kubectl).
terraform {
  required_version = ">= 1.9.0"
}

module "manifests" {
  source = "../../../modules/manifests"

  namespace   = "tenant-example"
  environment = "staging"

  disks = {
    app-system = { source = { image = { name = "ubuntu-2404" } }, storage = "20480Mi" }
    app-data   = { storage = "50Gi" }
  }
  instances = {
    app = {
      instance_type = "s1.large"
      disks         = [{ name = "app-system" }, { name = "app-data", bus = "scsi" }]
      running       = true
    }
  }
}

output "manifests_yaml" {
  description = "One YAML document per resource."
  value       = join("---\n", [for key in sort(keys(module.manifests.manifests)) : yamlencode(module.manifests.manifests[key])])
}
