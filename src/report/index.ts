// Report formats for Finding[]: text for people, JSON, SARIF 2.1.0 and JUnit XML for machines.
export { formatText, shouldUseColor, type TextOptions } from "./text-report";
export { formatJson, toJsonFinding, type JsonFinding, type JsonReport } from "./json-report";
export { formatSarif, type SarifOptions } from "./sarif-report";
export { formatJunit, type JunitOptions } from "./junit-report";
export { fullMessage, groupByResource, reportRuleId, resourceKey, type ReportInput } from "./report-input";
export { xmlEscape } from "./xml";
