# Policy rules HK001-HK004, with the meaning of the TypeScript rules (src/policy/rules): which
# resources break each one, read from the rendered specs (render.tf), so both paths of inputs.tf decide alike. Where a rule's level is error (policy-levels.tf, generated from the
# rules' metadata) it fails the plan (preconditions in outputs.tf); where it is warning, the
# check blocks below warn. variables.tf, catalog.tf, render.tf, policy-levels.tf and password-login.tf are generated.

locals {
  # HK001: disks use replicated storage in production.
  hk001 = [for name, spec in local.vmdisk_specs : name if !contains(local.catalog.replicated_storage_classes, spec.storageClass)]

  # HK002: every VM has at least two non-optical disks (system and data). A disk that is not
  # declared here (created by another module) counts as non-optical.
  optical_disks = [for name, spec in local.vmdisk_specs : name if spec.optical]
  hk002         = [for name, spec in local.vminstance_specs : name if length([for d in spec.disks : d.name if !contains(local.optical_disks, d.name)]) < 2]

  # HK003: no WholeIP exposure (every port of the VM reachable).
  hk003 = [for name, spec in local.vminstance_specs : name if spec.external && spec.externalMethod == "WholeIP"]

  # HK004: SSH keys only: no #cloud-config setting, command or sshd_config file that enables
  # password login (password-login.tf, generated: the library's findPasswordLogin in HCL).
  hk004 = [for name, login in local.password_login : name if login]

  policy_messages = {
    HK001 = "HK001 (${local.policy_titles.HK001}): VMDisk ${join(", ", local.hk001)} use(s) a storage_class that is not replicated (${join(", ", local.catalog.replicated_storage_classes)}): a node failure loses the data. Set storage_class = \"replicated\"."
    HK002 = "HK002 (${local.policy_titles.HK002}): VMInstance ${join(", ", local.hk002)} has fewer than two non-optical disks: give each VM a system disk and a data disk, so that data survives a reinstall of the system."
    HK003 = "HK003 (${local.policy_titles.HK003}): VMInstance ${join(", ", local.hk003)} use(s) external_method = \"WholeIP\", which exposes every port of the VM: use PortList with external_ports."
    HK004 = "HK004 (${local.policy_titles.HK004}): VMInstance ${join(", ", local.hk004)} enable(s) password login in cloud_init (ssh_pwauth, password, chpasswd, users[].passwd/hashed_passwd/plain_text_passwd or lock_passwd: false): use ssh_keys only."
  }

  level = { for id, levels in local.policy_levels : id => levels[var.environment] }
}

check "hk001_replicated_storage" {
  assert {
    condition     = local.level.HK001 != "warning" || length(local.hk001) == 0
    error_message = local.policy_messages.HK001
  }
}

check "hk002_system_and_data_disks" {
  assert {
    condition     = local.level.HK002 != "warning" || length(local.hk002) == 0
    error_message = local.policy_messages.HK002
  }
}

check "hk003_no_whole_ip" {
  assert {
    condition     = local.level.HK003 != "warning" || length(local.hk003) == 0
    error_message = local.policy_messages.HK003
  }
}

check "hk004_ssh_keys_only" {
  assert {
    condition     = local.level.HK004 != "warning" || length(local.hk004) == 0
    error_message = local.policy_messages.HK004
  }
}
