export * from "./hikube-defaults";
export * from "./hikube-resource";
export * from "./resource-wait";
export * from "./vm-disk";
export * from "./vm-instance";
export * from "./virtual-machine";
export * from "./provider-version";
export * from "./hikube-policies";
