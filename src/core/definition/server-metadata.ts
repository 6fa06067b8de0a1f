/** metadata keys the API server sets (`kubectl get -o yaml` shows them): read and ignored, never applied by Terraform. */
export const SERVER_METADATA_KEYS: readonly string[] = [
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
  "managedFields",
  "finalizers",
  "ownerReferences",
  "selfLink",
  "generateName",
];
