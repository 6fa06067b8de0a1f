// The framework-free core: schema, catalog, validation and rendering. Nothing here imports cdktf.
export * from "./catalog";
export * from "./quantity";
export * from "./findings/finding";
export * from "./definition/resource-definition";
export { toPlainValue } from "./definition/plain-value";
export * from "./schema/kinds";
export type { SchemaNode, Field, CatalogRef, StringFormat } from "./schema/schema-node";
export { specJsonSchema, documentJsonSchema, nodeJsonSchema } from "./schema/to-json-schema";
export type { JsonSchema, JsonSchemaOptions } from "./schema/to-json-schema";
export * from "./schema/generated/spec-types";
export { validateDefinition, validateDefinitions } from "./validation/validate-definition";
export type { ValidationOptions } from "./validation/validate-definition";
export { renderManifest } from "./render/render-manifest";
export type { KubernetesManifest, RenderOptions } from "./render/render-manifest";
export { renderSpec } from "./render/render-spec";
export { escapeTerraformString, escapeTerraformTemplates } from "./render/terraform-escape";
export { resourceAddress, resourceName, MANIFEST_RESOURCE_TYPE } from "./render/resource-address";
export { closestMatch } from "./suggest/did-you-mean";
