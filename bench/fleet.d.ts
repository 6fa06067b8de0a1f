// Types of fleet.js, for the tests that reuse its generators (test/fuzz/large-inputs.test.ts).
export declare const NAMESPACE: string;
/** VM i's own ed25519 public key line (deterministic). */
export declare function sshKey(i: number): string;
export declare function cloudInit(i: number): string;
export declare function vmName(i: number): string;
export declare function virtualMachineProps(i: number): Record<string, unknown>;
export declare function bareManifests(i: number): { system: object; data: object; instance: object };
/** `count` YAML documents: VMs of three documents each (system disk, data disk, instance). */
export declare function fleetYaml(count: number, options?: { namespace?: boolean }): string;
/** One VMDisk document with `anchors` anchors, each used once by an alias. */
export declare function aliasFloodYaml(anchors: number): string;
