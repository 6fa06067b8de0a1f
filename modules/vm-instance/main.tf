# One VMInstance: modules/stack with a single instance. spec.tf (generated) gathers the spec
# variables. Name its disks from vm-disk outputs (module.<disk>.name) so that it is created
# after them.

module "stack" {
  source = "../stack"

  namespace         = var.namespace
  environment       = var.environment
  catalog           = var.catalog
  labels            = var.labels
  annotations       = var.annotations
  instances         = { (var.name) = local.instance_spec }
  instance_wait     = var.wait
  instance_timeouts = var.timeouts
  field_manager     = var.field_manager
  force_conflicts   = var.force_conflicts
}
