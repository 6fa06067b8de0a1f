// What a package entry offers: the framework-free API and this build's constructs. The root entry is this file
// built against cdktf; lib/cdktn/entry.js is the same file built against cdktn (scripts/build-cdktn.js).
export * from "../api";
export * from "./index";
