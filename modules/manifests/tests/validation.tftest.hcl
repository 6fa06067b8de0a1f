# Each validation rule, with an input that breaks it (generated rules: src/generate/hcl/field-checks.ts).

variables {
  namespace = "tenant-test"
}

run "namespace_must_be_a_dns_label" {
  command = plan

  variables {
    namespace = "Tenant_A"
  }

  expect_failures = [var.namespace]
}

run "environment_must_be_known" {
  command = plan

  variables {
    environment = "prod"
  }

  expect_failures = [var.environment]
}

run "disk_name_must_be_a_dns_label" {
  command = plan

  variables {
    disks = { Data = {} }
  }

  expect_failures = [var.disks]
}

run "disk_name_at_most_45_characters" {
  command = plan

  variables {
    disks = { "d-123456789-123456789-123456789-123456789-12345" = {} }
  }

  expect_failures = [var.disks]
}

run "instance_name_at_most_41_characters" {
  command = plan

  variables {
    instances = { "i-123456789-123456789-123456789-123456789-1" = {} }
  }

  expect_failures = [var.instances]
}

run "storage_class_from_the_catalog" {
  command = plan

  variables {
    disks = { data = { storage_class = "ssd" } }
  }

  expect_failures = [output.manifests]
}

run "image_from_the_catalog" {
  command = plan

  variables {
    disks = { system = { source = { image = { name = "ubuntu-24.04" } } } }
  }

  expect_failures = [output.manifests]
}

run "at_most_one_source" {
  command = plan

  variables {
    disks = { system = { source = { image = { name = "ubuntu-2404" }, upload = {} } } }
  }

  expect_failures = [output.manifests]
}

run "http_url_must_be_http" {
  command = plan

  variables {
    disks = { system = { source = { http = { url = "ftp://example.com/a.img" } } } }
  }

  expect_failures = [output.manifests]
}

run "clone_source_must_be_a_dns_label" {
  command = plan

  variables {
    disks = { copy = { source = { disk = { name = "Other_Disk" } } } }
  }

  expect_failures = [output.manifests]
}

run "storage_must_be_a_quantity" {
  command = plan

  variables {
    disks = { data = { storage = "20GB" } }
  }

  expect_failures = [output.manifests]
}

run "storage_bare_number_counts_bytes" {
  command = plan

  variables {
    disks = { data = { storage = "20" } }
  }

  expect_failures = [output.manifests]
}

run "storage_must_be_positive" {
  command = plan

  variables {
    disks = { data = { storage = "0Gi" } }
  }

  expect_failures = [output.manifests]
}

run "storage_over_int64_is_refused_as_in_the_library" {
  # Kubernetes would store 2^63-1 in its place, silently.
  command = plan

  variables {
    disks = { data = { storage = "9Ei" } }
  }

  expect_failures = [output.manifests]
}

run "storage_fraction_of_a_byte_is_refused" {
  command = plan

  variables {
    disks = { data = { storage = "1048575.5" } }
  }

  expect_failures = [output.manifests]
}

run "instance_type_from_the_catalog" {
  command = plan

  variables {
    instances = { web = { instance_type = "u1.huge" } }
  }

  expect_failures = [output.manifests]
}

run "instance_profile_from_the_catalog" {
  command = plan

  variables {
    instances = { web = { instance_profile = "arch" } }
  }

  expect_failures = [output.manifests]
}

run "external_method_enum" {
  command = plan

  variables {
    instances = { web = { external_method = "AllPorts" } }
  }

  expect_failures = [output.manifests]
}

run "port_in_range" {
  command = plan

  variables {
    instances = { web = { external_ports = [22, 70000] } }
  }

  expect_failures = [output.manifests]
}

run "port_not_listed_twice" {
  command = plan

  variables {
    instances = { web = { external_ports = [22, 22] } }
  }

  expect_failures = [output.manifests]
}

run "run_strategy_enum" {
  command = plan

  variables {
    instances = { web = { run_strategy = "Sometimes" } }
  }

  expect_failures = [output.manifests]
}

run "running_contradicts_run_strategy" {
  command = plan

  variables {
    instances = { web = { running = false, run_strategy = "Always" } }
  }

  expect_failures = [output.manifests]
}

run "disk_bus_enum" {
  command = plan

  variables {
    instances = { web = { disks = [{ name = "system", bus = "ide" }] } }
  }

  expect_failures = [output.manifests]
}

run "disk_attached_once" {
  command = plan

  variables {
    instances = { web = { disks = [{ name = "system" }, { name = "system" }] } }
  }

  expect_failures = [output.manifests]
}

run "attached_disk_name_is_a_dns_label" {
  command = plan

  variables {
    instances = { web = { disks = [{ name = "System" }] } }
  }

  expect_failures = [output.manifests]
}

run "gpu_name_not_empty" {
  command = plan

  variables {
    instances = { web = { gpus = [{ name = "" }] } }
  }

  expect_failures = [output.manifests]
}

run "network_listed_once" {
  command = plan

  variables {
    instances = { web = { networks = [{ name = "a" }, { name = "a" }] } }
  }

  expect_failures = [output.manifests]
}

run "memory_must_be_a_quantity" {
  command = plan

  variables {
    instances = { web = { resources = { memory = "8 GiB" } } }
  }

  expect_failures = [output.manifests]
}

run "cpu_must_be_positive" {
  command = plan

  variables {
    instances = { web = { resources = { cpu = "0" } } }
  }

  expect_failures = [output.manifests]
}

run "ssh_key_not_private" {
  command = plan

  variables {
    instances = { web = { ssh_keys = ["-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA=\n-----END OPENSSH PRIVATE KEY-----"] } }
  }

  expect_failures = [output.manifests]
}

run "ssh_key_must_be_a_public_key" {
  command = plan

  variables {
    instances = { web = { ssh_keys = ["my laptop key"] } }
  }

  expect_failures = [output.manifests]
}

run "ssh_key_listed_once" {
  command = plan

  variables {
    instances = { web = { ssh_keys = ["ssh-ed25519 AAAAC3Nza a", "ssh-ed25519 AAAAC3Nza a"] } }
  }

  expect_failures = [output.manifests]
}

run "cloud_config_must_be_yaml" {
  command = plan

  variables {
    instances = { web = { cloud_init = "#cloud-config\nusers: [unclosed\n" } }
  }

  expect_failures = [output.manifests]
}

run "empty_instance_type_needs_cpu_sockets_and_memory" {
  command = plan

  variables {
    instances = { web = { instance_type = "", resources = { cpu = "2", memory = "4Gi" } } }
  }

  expect_failures = [output.manifests]
}

run "partial_resources_next_to_an_instance_type" {
  command = plan

  variables {
    instances = { web = { instance_type = "u1.large", resources = { memory = "12Gi" } } }
  }

  expect_failures = [output.manifests]
}
