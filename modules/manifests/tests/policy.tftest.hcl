# Production rules HK001-HK004 fail the plan (output preconditions, rule id first in the message).

variables {
  namespace   = "tenant-test"
  environment = "production"
}

run "hk001_local_storage_fails_production" {
  command = plan

  variables {
    disks     = { system = { storage_class = "local" }, data = {} }
    instances = { web = { disks = [{ name = "system" }, { name = "data" }] } }
  }

  expect_failures = [output.manifests]
}

run "hk002_single_disk_fails_production" {
  command = plan

  variables {
    disks     = { system = {} }
    instances = { web = { disks = [{ name = "system" }] } }
  }

  expect_failures = [output.manifests]
}

run "hk002_optical_disk_does_not_count" {
  command = plan

  variables {
    disks     = { system = {}, iso = { optical = true } }
    instances = { web = { disks = [{ name = "system" }, { name = "iso" }] } }
  }

  expect_failures = [output.manifests]
}

run "hk003_whole_ip_fails_production" {
  command = plan

  variables {
    disks     = { system = {}, data = {} }
    instances = { web = { external = true, external_method = "WholeIP", disks = [{ name = "system" }, { name = "data" }] } }
  }

  expect_failures = [output.manifests]
}

run "hk004_ssh_pwauth_fails_production" {
  command = plan

  variables {
    disks     = { system = {}, data = {} }
    instances = { web = { cloud_init = "#cloud-config\nssh_pwauth: true\n", disks = [{ name = "system" }, { name = "data" }] } }
  }

  expect_failures = [output.manifests]
}

run "hk004_chpasswd_fails_production" {
  command = plan

  variables {
    disks     = { system = {}, data = {} }
    instances = { web = { cloud_init = "#cloud-config\nchpasswd:\n  expire: false\n", disks = [{ name = "system" }, { name = "data" }] } }
  }

  expect_failures = [output.manifests]
}

run "hk004_unlocked_user_fails_production" {
  command = plan

  variables {
    disks     = { system = {}, data = {} }
    instances = { web = { cloud_init = "#cloud-config\nusers:\n  - default\n  - name: ops\n    lock_passwd: false\n", disks = [{ name = "system" }, { name = "data" }] } }
  }

  expect_failures = [output.manifests]
}

run "hk004_user_password_fails_production" {
  command = plan

  variables {
    disks     = { system = {}, data = {} }
    instances = { web = { cloud_init = "#cloud-config\nusers:\n  - name: ops\n    plain_text_passwd: hunter2\n", disks = [{ name = "system" }, { name = "data" }] } }
  }

  expect_failures = [output.manifests]
}

# Levels follow the TypeScript rules per environment: HK004 is already an error in staging.
run "hk004_fails_staging_too" {
  command = plan

  variables {
    environment = "staging"
    disks       = { system = {}, data = {} }
    instances   = { web = { cloud_init = "#cloud-config\nssh_pwauth: true\n", disks = [{ name = "system" }, { name = "data" }] } }
  }

  expect_failures = [output.manifests]
}

# ...while HK002 is only a warning there: the plan succeeds, the check block warns.
run "hk002_warns_in_staging" {
  command = plan

  variables {
    environment = "staging"
    disks       = { system = {} }
    instances   = { web = { disks = [{ name = "system" }] } }
  }

  assert {
    condition     = output.policy_violations.HK002 == ["web"]
    error_message = "HK002 should list web"
  }

  expect_failures = [check.hk002_system_and_data_disks]
}
