# Valid inputs: what the module renders (run with `terraform init && terraform test` here).

variables {
  namespace = "tenant-test"
}

run "defaults_are_explicit" {
  command = plan

  variables {
    disks     = { system = { source = { image = { name = "ubuntu-2404" } } } }
    instances = { web = { disks = [{ name = "system" }] } }
  }

  assert {
    condition     = output.manifests["VMDisk/system"] == { apiVersion = "apps.cozystack.io/v1alpha1", kind = "VMDisk", metadata = { name = "system", namespace = "tenant-test" }, spec = { source = { image = { name = "ubuntu-2404" } }, optical = false, storage = "5Gi", storageClass = "replicated" } }
    error_message = "VMDisk/system: unexpected manifest ${jsonencode(output.manifests["VMDisk/system"])}"
  }

  assert {
    condition     = jsonencode(output.manifests["VMInstance/web"].spec) == jsonencode({ cloudInit = "", cloudInitSeed = "", cpuModel = "", disks = [{ name = "system" }], external = false, externalAllowICMP = true, externalMethod = "PortList", externalPorts = [22], gpus = [], instanceProfile = "ubuntu", instanceType = "u1.medium", networks = [], resources = {}, runStrategy = "Always", sshKeys = [] })
    error_message = "VMInstance/web: unexpected spec ${jsonencode(output.manifests["VMInstance/web"].spec)}"
  }
}

run "quantities_are_canonical" {
  command = plan

  variables {
    disks = {
      a = { storage = "1024Mi" }
      b = { storage = "1536Mi" }
      c = { storage = "2000M" }
      d = { storage = "5368709120" }
      e = { storage = "1048576Ki" }
      f = { storage = "1.5G" }
    }
    instances = { web = { resources = { cpu = "0.5", memory = "8192Mi", sockets = 2 } } }
  }

  assert {
    condition     = [for k in ["a", "b", "c", "d", "e", "f"] : output.manifests["VMDisk/${k}"].spec.storage] == ["1Gi", "1536Mi", "2G", "5368709120", "1Gi", "1500M"]
    error_message = "storage not canonical: ${jsonencode([for k in ["a", "b", "c", "d", "e", "f"] : output.manifests["VMDisk/${k}"].spec.storage])}"
  }

  assert {
    condition     = output.manifests["VMInstance/web"].spec.resources == { cpu = "500m", memory = "8Gi", sockets = "2" }
    error_message = "resources not canonical: ${jsonencode(output.manifests["VMInstance/web"].spec.resources)}"
  }
}

run "seed_fields_map_to_the_platform" {
  command = plan

  variables {
    instances = {
      halted = { running = false, ssh_keys = ["  ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com \n"] }
      manual = { run_strategy = "Manual", subnets = [{ name = "legacy" }], disks = [{ name = "system", bus = "sata" }] }
    }
  }

  assert {
    condition     = output.manifests["VMInstance/halted"].spec.runStrategy == "Halted" && !contains(keys(output.manifests["VMInstance/halted"].spec), "running")
    error_message = "running = false must render runStrategy Halted and no running field"
  }

  assert {
    condition     = output.manifests["VMInstance/halted"].spec.sshKeys == ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com"]
    error_message = "SSH keys must be trimmed"
  }

  assert {
    condition     = output.manifests["VMInstance/manual"].spec.runStrategy == "Manual" && output.manifests["VMInstance/manual"].spec.subnets == [{ name = "legacy" }] && output.manifests["VMInstance/manual"].spec.disks == [{ name = "system", bus = "sata" }]
    error_message = "unexpected spec ${jsonencode(output.manifests["VMInstance/manual"].spec)}"
  }

  assert {
    condition     = !contains(keys(output.manifests["VMInstance/halted"].spec), "subnets")
    error_message = "an unset optional field without default must be left out"
  }
}

run "cloud_init_is_passed_through_unchanged" {
  command = plan

  variables {
    instances = { web = { cloud_init = "#cloud-config\nruncmd:\n  - echo \"$${HOME} %%{ x }\"\n" } }
  }

  assert {
    condition     = output.manifests["VMInstance/web"].spec.cloudInit == "#cloud-config\nruncmd:\n  - echo \"$${HOME} %%{ x }\"\n"
    error_message = "cloud-init changed"
  }
}

run "production_compliant_stack_passes" {
  command = plan

  variables {
    environment = "production"
    disks = {
      system = { source = { image = { name = "ubuntu-2404" } }, storage = "20Gi" }
      data   = { storage = "100Gi" }
      iso    = { source = { image = { name = "proxmox-9" } }, optical = true }
    }
    instances = {
      web = {
        external       = true
        external_ports = [22, 443]
        disks          = [{ name = "system" }, { name = "data" }, { name = "iso" }]
        ssh_keys       = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFngqH7md4Y6FwwuyUwgmTZoPdUy5iKNHYZBUGDw7P3q ops@example.com"]
        cloud_init     = "#cloud-config\nssh_pwauth: false\nusers:\n  - name: ops\n    lock_passwd: true\n"
      }
    }
  }

  assert {
    condition     = output.policy_violations == { HK001 = [], HK002 = [], HK003 = [], HK004 = [] }
    error_message = "unexpected violations ${jsonencode(output.policy_violations)}"
  }
}

run "outside_production_the_rules_only_report" {
  command = plan

  variables {
    environment = "development"
    disks       = { scratch = { storage_class = "local" } }
    instances   = { dev = { external = true, external_method = "WholeIP", disks = [{ name = "scratch" }], cloud_init = "#cloud-config\nssh_pwauth: true\n" } }
  }

  assert {
    condition     = output.policy_violations == { HK001 = ["scratch"], HK002 = ["dev"], HK003 = ["dev"], HK004 = ["dev"] }
    error_message = "unexpected violations ${jsonencode(output.policy_violations)}"
  }

  # HK003 and HK004 are warnings in development: their check blocks warn without failing the plan.
  expect_failures = [check.hk003_no_whole_ip, check.hk004_ssh_keys_only]
}

run "platform_semantics" {
  command = plan

  variables {
    instances = {
      custom = { instance_type = "", resources = { cpu = "2", sockets = "1", memory = "4Gi" }, ssh_keys = null, instance_profile = "" }
      win    = { instance_profile = "windows.2k25.virtio", resources = { cpu = "4", sockets = "1", memory = "8Gi" } }
    }
  }

  assert {
    condition     = output.manifests["VMInstance/custom"].spec.instanceType == "" && output.manifests["VMInstance/custom"].spec.sshKeys == [] && output.manifests["VMInstance/custom"].spec.resources == { cpu = "2", sockets = "1", memory = "4Gi" }
    error_message = "VMInstance/custom: unexpected spec ${jsonencode(output.manifests["VMInstance/custom"].spec)}"
  }

  assert {
    condition     = output.manifests["VMInstance/win"].spec.instanceProfile == "windows.2k25.virtio"
    error_message = "VMInstance/win: unexpected spec ${jsonencode(output.manifests["VMInstance/win"].spec)}"
  }
}
