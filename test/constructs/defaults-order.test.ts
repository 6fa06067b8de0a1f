import { TerraformStack, Testing } from "cdktf";
import { COZYSTACK_CATALOG, HikubeDefaults, HikubeDefaultsProps, KubernetesProvider, VirtualMachine, VmDisk } from "../../src";

/** A stack with one VM (a data disk with no preventDestroy) and one disk; defaults set before or after them. */
function stack(defaults: HikubeDefaultsProps, order: "before" | "after", vmNamespace?: string): TerraformStack {
  const s = new TerraformStack(Testing.app(), "prod");
  new KubernetesProvider(s, "kubernetes", {});
  if (order === "before") HikubeDefaults.set(s, defaults);
  new VirtualMachine(s, "Web", {
    name: "web",
    ...(vmNamespace !== undefined && { namespace: vmNamespace }),
    instanceType: "u1.large",
    systemDisk: { image: "ubuntu-2404" },
    dataDisks: [{ storage: "50Gi" }],
  });
  new VmDisk(s, "Iso", { name: "iso", namespace: "tenant-a", source: { image: { name: "ubuntu-2404" } } });
  if (order === "after") HikubeDefaults.set(s, defaults);
  return s;
}

describe("HikubeDefaults.set after resources were created", () => {
  test("a production environment set late fails, naming the unprotected data disk and where to move the call", () => {
    const late = () => stack({ environment: "production" }, "after", "tenant-a");
    expect(late).toThrow(
      'HikubeDefaults.set("prod"): environment changes after VMDisk/tenant-a/web-data (prod/Web/DataDisk0) was created from the earlier defaults; ' +
        "it would keep the prevent_destroy it was created with (none on a data disk, for a production environment set late). " +
        "Call HikubeDefaults.set before the stack's first resource, right after new TerraformStack(...), or give the setting to each resource.",
    );
    // Set first, the same program protects the disk.
    const json = JSON.parse(Testing.synth(stack({ environment: "production" }, "before", "tenant-a"), true));
    expect(json.resource.kubernetes_manifest["vmdisk_tenant-a_web-data"].lifecycle).toEqual({ prevent_destroy: true });
  });

  test.each<[string, HikubeDefaultsProps, RegExp]>([
    ["a namespace the VM's resources took", { namespace: "tenant-b" }, /namespace changes after VMDisk web-system \(prod\/Web\/SystemDisk\) \(and 2 other resources\) was created/],
    ["a backend", { namespace: "tenant-a", backend: "kubectl" }, /backend changes after VMDisk\/tenant-a\/web-system .*would keep the resource type/],
    ["a catalog", { catalog: COZYSTACK_CATALOG }, /catalog changes after .*would be checked against the earlier catalog/],
    ["adoptFrom", { adoptFrom: "kubectl" }, /adoptFrom changes after .*import and removed blocks/],
  ])("%s set late fails too", (_label, defaults, message) => {
    expect(() => stack(defaults, "after", defaults.namespace === "tenant-b" ? undefined : "tenant-a")).toThrow(message);
  });

  test.each<[string, HikubeDefaultsProps]>([
    ["a namespace no resource takes (each names its own)", { namespace: "tenant-z" }],
    ["an environment that changes no disk's protection", { environment: "development" }],
    ["the values already in effect", { backend: "kubernetes" }],
  ])("a late set that changes no resource gives the same bytes as setting it first: %s", (_label, defaults) => {
    const first = Testing.synth(stack(defaults, "before", "tenant-a"), true);
    const late = Testing.synth(stack(defaults, "after", "tenant-a"), true);
    expect(late).toBe(first);
  });

  test("an environment set late is harmless when each data disk says its protection", () => {
    const build = (order: "before" | "after") => {
      const s = new TerraformStack(Testing.app(), "prod");
      new KubernetesProvider(s, "kubernetes", {});
      if (order === "before") HikubeDefaults.set(s, { environment: "production" });
      new VmDisk(s, "Data", { name: "data", namespace: "tenant-a", preventDestroy: false });
      if (order === "after") HikubeDefaults.set(s, { environment: "production" });
      return Testing.synth(s, true);
    };
    expect(build("after")).toBe(build("before"));
  });

  test("another stack's resources do not block a stack's defaults", () => {
    const app = Testing.app();
    const a = new TerraformStack(app, "a");
    new VmDisk(a, "Data", { name: "data", namespace: "tenant-a" });
    const b = new TerraformStack(app, "b");
    expect(() => HikubeDefaults.set(b, { environment: "production", namespace: "tenant-b" })).not.toThrow();
    expect(() => HikubeDefaults.set(a, { environment: "production" })).toThrow(/environment changes after VMDisk\/tenant-a\/data \(a\/Data\)/);
  });
});
