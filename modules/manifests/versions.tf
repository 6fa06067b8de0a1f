terraform {
  # 1.9: validations that read other values (the generated catalog); optional() defaults need 1.3.
  required_version = ">= 1.9.0"
}
