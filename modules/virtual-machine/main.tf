# One VM in one call, like the VirtualMachine construct: its system disk, its data disks and the
# instance that attaches them in that order (boot order: the system disk first).

locals {
  system_disk_name = local.system_disk.name != null ? local.system_disk.name : "${var.name}-system"
  data_disk_names  = [for i, d in local.data_disks : d.name != null ? d.name : (i == 0 ? "${var.name}-data" : "${var.name}-data-${i + 1}")]

  # image is shorthand for source = { image = { name } }.
  system_disk_source = local.system_disk.image != null ? merge(local.system_disk.source, { image = { name = local.system_disk.image } }) : local.system_disk.source

  disks = merge(
    { (local.system_disk_name) = { source = local.system_disk_source, storage = local.system_disk.storage, storage_class = local.system_disk.storage_class } },
    { for i, d in local.data_disks : local.data_disk_names[i] => { source = d.source, storage = d.storage, storage_class = d.storage_class } },
  )

  attachments = concat(
    [{ name = local.system_disk_name, bus = local.system_disk.bus }],
    [for i, d in local.data_disks : { name = local.data_disk_names[i], bus = d.bus }],
    [for d in local.extra_disks : { name = d.name, bus = d.bus }],
  )

  protected = concat(
    local.system_disk.prevent_destroy ? [local.system_disk_name] : [],
    [for i, d in local.data_disks : local.data_disk_names[i] if d.prevent_destroy],
  )
}

module "stack" {
  source = "../stack"

  namespace             = var.namespace
  environment           = var.environment
  catalog               = var.catalog
  labels                = var.labels
  annotations           = var.annotations
  disks                 = local.disks
  instances             = { (var.name) = merge(local.instance_spec, { disks = local.attachments }) }
  prevent_destroy_disks = local.protected
  disk_wait             = var.disk_wait
  instance_wait         = var.wait
  disk_timeouts         = var.disk_timeouts
  instance_timeouts     = var.timeouts
  field_manager         = var.field_manager
  force_conflicts       = var.force_conflicts
}
