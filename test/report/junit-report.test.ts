import { formatJunit } from "../../src/report/junit-report";
import { xmlEscape } from "../../src/report/xml";
import { sampleReport } from "./report-fixtures";

/** Tags balance and attributes are quoted: a small well-formedness check (no XML parser is a dependency). */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\n/, "");
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z-]+)((?:\s+[A-Za-z-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]);
  }
  expect(stack).toEqual([]);
  // No raw markup characters outside tags.
  expect(body.replace(/<[^>]*>/g, "")).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
}

test("JUnit: a testsuite per resource; errors fail, waived findings are skipped, compliant resources pass", () => {
  const xml = formatJunit(sampleReport(), { resources: ["VMDisk/tenant-test/web-data", "VMInstance/tenant-test/web", "VMDisk/tenant-b/orphan", "VMDisk/tenant-test/clean"] });
  assertWellFormed(xml);
  expect(xml).toContain('<testsuites name="hikube-policies" tests="6" failures="3" errors="0" skipped="1">');
  expect(xml).toContain('<testsuite name="VMDisk/tenant-test/web-data" tests="2" failures="2" errors="0" skipped="0" file="vms/web.yaml">');
  expect(xml).toContain('<testcase classname="VMDisk/tenant-test/web-data" name="HK012 spec.source.http.url">');
  expect(xml).toContain("use an https URL or a golden image (did you mean &quot;https://example.com/a&amp;b&lt;c&gt;.img&quot;?)");
  expect(xml).toContain('<skipped message="waived: Stateless &quot;edge&quot; VM &lt;cache&gt; &amp; nothing else."/>');
  expect(xml).toContain("<system-out>info: no VMInstance attaches this disk");
  expect(xml).toContain('<testsuite name="VMDisk/tenant-test/clean" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="VMDisk/tenant-test/clean" name="compliant"/>');
});

test("xmlEscape escapes markup and drops characters XML forbids", () => {
  expect(xmlEscape(`a<b>&"c"'d'\u0000\u001b`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
});
