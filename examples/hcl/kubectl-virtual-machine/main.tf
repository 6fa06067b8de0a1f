# The production VM of ../virtual-machine with the kubectl backend (alekc/kubectl): plans with
# a tenant's kubeconfig, which may not list CRDs (kubernetes_manifest needs to).

terraform {
  required_version = ">= 1.9.0"

  required_providers {
    kubectl = {
      source  = "alekc/kubectl"
      version = ">= 2.1.0"
    }
  }
}

provider "kubectl" {
  config_path      = var.kubeconfig
  load_config_file = true
}

variable "kubeconfig" {
  description = "Path to the kubeconfig of the Hikube tenant."
  type        = string
  default     = "~/.kube/config"
}

variable "ssh_public_key" {
  description = "Your SSH public key (the .pub file's content)."
  type        = string
}

module "web" {
  source = "../../../modules/kubectl-virtual-machine"

  name        = "web"
  namespace   = "tenant-example"
  environment = "production"

  system_disk = { image = "ubuntu-2404", storage = "20Gi" }
  data_disks  = [{ storage = "100Gi", prevent_destroy = true }]

  instance_type  = "u1.large"
  external       = true
  external_ports = [22, 443]
  ssh_keys       = [var.ssh_public_key]
  cloud_init     = <<-EOT
    #cloud-config
    package_update: true
    packages: [nginx]
  EOT
  timeouts       = { create = "20m" }
}

output "disks" {
  value = module.web.disk_names
}
