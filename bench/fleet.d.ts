// Types of fleet.js, for the tests that reuse its generator (test/fuzz/large-inputs.test.ts).
export declare const NAMESPACE: string;
export declare const SSH_KEY: string;
export declare function cloudInit(i: number): string;
export declare function vmName(i: number): string;
export declare function virtualMachineProps(i: number): Record<string, unknown>;
export declare function bareManifests(i: number): { system: object; data: object; instance: object };
/** `count` YAML documents: VMs of three documents each (system disk, data disk, instance). */
export declare function fleetYaml(count: number): string;
