output "manifests" {
  description = "Manifests by \"VMDisk/<name>\" and \"VMInstance/<name>\": the objects the platform receives (API field names, defaults explicit, quantities canonical), equal to the TypeScript library's renderManifest."
  value       = local.manifests

  # The inputs' problems (unknown attributes, wrong types, field rules: inputs.tf), every line at once.
  precondition {
    condition     = length(local.input_problems) == 0
    error_message = join("\n", local.input_problems)
  }

  # Rules at level error in this environment fail the plan here, rule id first in the message.
  precondition {
    condition     = local.level.HK001 != "error" || length(local.hk001) == 0
    error_message = local.policy_messages.HK001
  }
  precondition {
    condition     = local.level.HK002 != "error" || length(local.hk002) == 0
    error_message = local.policy_messages.HK002
  }
  precondition {
    condition     = local.level.HK003 != "error" || length(local.hk003) == 0
    error_message = local.policy_messages.HK003
  }
  precondition {
    condition     = local.level.HK004 != "error" || length(local.hk004) == 0
    error_message = local.policy_messages.HK004
  }
}

output "input_path" {
  description = "How the inputs were read: \"fast\" (every entry in the plain form, recognised at once and rendered as given) or \"exact\" (attribute by attribute, with Terraform's type conversions: slower at fleet scale). Both decide and render alike."
  value       = local.fast ? "fast" : "exact"
}

output "yaml_bodies" {
  description = "The same manifests as YAML documents (yamlencode: every string quoted, so no value is read as another type), by the same keys: the yaml_body that modules/kubectl-stack applies."
  value       = { for key, m in local.manifests : key => yamlencode(m) }
}

output "policy_violations" {
  description = "Resource names breaking each production rule (HK001-HK004), whatever the environment: for reports."
  value = {
    HK001 = local.hk001
    HK002 = local.hk002
    HK003 = local.hk003
    HK004 = local.hk004
  }
}
