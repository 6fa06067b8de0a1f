terraform {
  required_version = ">= 1.9.0"

  required_providers {
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = ">= 2.38"
    }
  }
}

provider "kubernetes" {
  config_path = var.kubeconfig
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
  source = "../../../modules/virtual-machine"

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
}

output "disks" {
  value = module.web.disk_names
}
