// Public API. The core (schema, catalog, validation, rendering) has no cdktf dependency; the
// constructs are a thin layer on top that imports only the provider's submodules.
export * from "./core";
export * from "./constructs";
