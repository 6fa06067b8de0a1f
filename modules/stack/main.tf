# VMDisks and VMInstances from maps: modules/manifests computes and validates the manifests,
# this module applies them with kubernetes_manifest. Instances are created after the disks
# (the platform cannot render a VM whose disk does not exist yet).

module "manifests" {
  source = "../manifests"

  namespace   = var.namespace
  environment = var.environment
  disks       = var.disks
  instances   = var.instances
}

locals {
  disk_manifests     = { for key, m in module.manifests.manifests : m.metadata.name => m if m.kind == "VMDisk" }
  instance_manifests = { for key, m in module.manifests.manifests : m.metadata.name => m if m.kind == "VMInstance" }
}

resource "kubernetes_manifest" "disk" {
  for_each = { for name, m in local.disk_manifests : name => m if !contains(var.prevent_destroy_disks, name) }

  manifest = each.value

  dynamic "wait" {
    for_each = var.disk_wait == null ? [] : [var.disk_wait]
    content {
      fields  = wait.value.fields
      rollout = wait.value.rollout
      dynamic "condition" {
        for_each = wait.value.condition == null ? [] : [wait.value.condition]
        content {
          type   = condition.value.type
          status = condition.value.status
        }
      }
    }
  }

  dynamic "timeouts" {
    for_each = var.disk_timeouts == null ? [] : [var.disk_timeouts]
    content {
      create = timeouts.value.create
      update = timeouts.value.update
      delete = timeouts.value.delete
    }
  }

  dynamic "field_manager" {
    for_each = var.field_manager == null ? [] : [var.field_manager]
    content {
      name = field_manager.value
    }
  }
}

# The same, for disks that hold data: lifecycle arguments cannot come from a variable, so a
# protected disk is a second resource.
resource "kubernetes_manifest" "protected_disk" {
  for_each = { for name, m in local.disk_manifests : name => m if contains(var.prevent_destroy_disks, name) }

  manifest = each.value

  dynamic "wait" {
    for_each = var.disk_wait == null ? [] : [var.disk_wait]
    content {
      fields  = wait.value.fields
      rollout = wait.value.rollout
      dynamic "condition" {
        for_each = wait.value.condition == null ? [] : [wait.value.condition]
        content {
          type   = condition.value.type
          status = condition.value.status
        }
      }
    }
  }

  dynamic "timeouts" {
    for_each = var.disk_timeouts == null ? [] : [var.disk_timeouts]
    content {
      create = timeouts.value.create
      update = timeouts.value.update
      delete = timeouts.value.delete
    }
  }

  dynamic "field_manager" {
    for_each = var.field_manager == null ? [] : [var.field_manager]
    content {
      name = field_manager.value
    }
  }

  lifecycle {
    prevent_destroy = true
  }
}

resource "kubernetes_manifest" "instance" {
  for_each = local.instance_manifests

  manifest = each.value

  dynamic "wait" {
    for_each = var.instance_wait == null ? [] : [var.instance_wait]
    content {
      fields  = wait.value.fields
      rollout = wait.value.rollout
      dynamic "condition" {
        for_each = wait.value.condition == null ? [] : [wait.value.condition]
        content {
          type   = condition.value.type
          status = condition.value.status
        }
      }
    }
  }

  dynamic "timeouts" {
    for_each = var.instance_timeouts == null ? [] : [var.instance_timeouts]
    content {
      create = timeouts.value.create
      update = timeouts.value.update
      delete = timeouts.value.delete
    }
  }

  dynamic "field_manager" {
    for_each = var.field_manager == null ? [] : [var.field_manager]
    content {
      name = field_manager.value
    }
  }

  depends_on = [kubernetes_manifest.disk, kubernetes_manifest.protected_disk]
}
