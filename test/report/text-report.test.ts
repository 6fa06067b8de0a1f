import { formatText, shouldUseColor } from "../../src/report/text-report";
import { sampleReport } from "./report-fixtures";

test("text: grouped by resource with its file, one line per finding, waivers and a summary", () => {
  const text = formatText(sampleReport());
  expect(text).toBe(
    [
      "VMDisk/tenant-test/web-data (vms/web.yaml:14)",
      `  error   HK001 spec.storageClass: storage class "local" is not replicated: the data is lost and the VM cannot restart elsewhere when the node fails; use "replicated"`,
      `  error   HK012 spec.source.http.url: the image is downloaded over plain http, so it can be tampered with in transit; use an https URL or a golden image (did you mean "https://example.com/a&b<c>.img"?)`,
      "",
      "VMInstance/tenant-test/web (vms/web.yaml:1)",
      "  waived  HK002 spec.disks: has 1 non-optical disk: attach a system disk and a separate data disk, so that the OS can be rebuilt without touching the data; allowed: at least 2 non-optical disks",
      '          waived: Stateless "edge" VM <cache> & nothing else.',
      `  error   HK003 spec.externalMethod: WholeIP exposes every port of the VM to the Internet with no filtering; use PortList and list the ports in externalPorts`,
      "",
      "VMDisk/tenant-b/orphan",
      "  info    HK019: no VMInstance attaches this disk and no disk clones it: it costs storage for nothing; attach it or remove it",
      "",
      "3 errors, 0 warnings, 1 info, 1 waived (3 resources, production)",
      "",
    ].join("\n"),
  );
  expect(text).not.toMatch(/\u001b\[/);
});

test("colour only when asked: red errors, dim waivers, bold resources", () => {
  const text = formatText(sampleReport(), { color: true });
  expect(text).toContain("\u001b[1mVMDisk/tenant-test/web-data\u001b[0m");
  expect(text).toContain("\u001b[31merror  \u001b[0m HK001");
  expect(text).toContain("\u001b[2mwaived \u001b[0m HK002");
  expect(text.replace(/\u001b\[\d+m/g, "")).toBe(formatText(sampleReport()));
});

test("shouldUseColor: a TTY without NO_COLOR", () => {
  expect(shouldUseColor({ isTTY: true }, {})).toBe(true);
  expect(shouldUseColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
  expect(shouldUseColor({ isTTY: false }, {})).toBe(false);
  expect(shouldUseColor({}, {})).toBe(false);
});
