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
  config_path = "~/.kube/config"
}

locals {
  namespace   = "tenant-example"
  environment = "production"
}

module "system" {
  source = "../../../modules/vm-disk"

  name        = "db-system"
  namespace   = local.namespace
  environment = local.environment
  disk_source = { image = { name = "debian-13" } }
  storage     = "20Gi"
}

module "data" {
  source = "../../../modules/vm-disk"

  name            = "db-data"
  namespace       = local.namespace
  environment     = local.environment
  storage         = "200Gi"
  prevent_destroy = true
}

module "db" {
  source = "../../../modules/vm-instance"

  name             = "db"
  namespace        = local.namespace
  environment      = local.environment
  instance_type    = "u1.4xlarge"
  instance_profile = "debian"
  # The disks' name outputs wait for the disks: the instance is created after them.
  disks    = [{ name = module.system.name }, { name = module.data.name }]
  ssh_keys = [file(pathexpand("~/.ssh/id_ed25519.pub"))]
  timeouts = { create = "20m" }
}
