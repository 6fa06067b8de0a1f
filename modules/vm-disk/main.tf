# One VMDisk: modules/stack with a single disk. spec.tf (generated) gathers the spec variables.

module "stack" {
  source = "../stack"

  namespace             = var.namespace
  environment           = var.environment
  catalog               = var.catalog
  labels                = var.labels
  annotations           = var.annotations
  disks                 = { (var.name) = local.disk_spec }
  prevent_destroy_disks = var.prevent_destroy ? [var.name] : []
  disk_wait             = var.wait
  disk_timeouts         = var.timeouts
  field_manager         = var.field_manager
  force_conflicts       = var.force_conflicts
}
