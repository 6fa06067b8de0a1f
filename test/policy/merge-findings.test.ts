import type { Finding } from "../../src/core/findings/finding";
import { evaluatePolicies } from "../../src/policy";
import { mergeFindings } from "../../src/policy/merge-findings";
import { validateDefinitions } from "../../src/core/validation/validate-definition";
import { instance } from "../helpers/definitions";

const at = (severity: Finding["severity"], path: string, extra: Partial<Finding> = {}): Finding => ({ severity, kind: "VMInstance", name: "vm", namespace: "ns", path, message: "m", ...extra });

test("a private key is reported once, by the rule that cannot be waived", () => {
  const defs = [instance({ sshKeys: ["-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----"] }, "vm", "ns")];
  const validation = validateDefinitions(defs);
  const policy = evaluatePolicies(defs, { environment: "development" }).findings;
  expect(validation.filter((f) => f.path === "spec.sshKeys[0]")).toHaveLength(1);
  const merged = mergeFindings(validation, policy).filter((f) => f.path === "spec.sshKeys[0]");
  expect(merged).toEqual([expect.objectContaining({ ruleId: "HK014", severity: "error" })]);
});

test("only a policy finding at least as severe, and not waived, covers a validation finding", () => {
  const validation = [at("error", "spec.a"), at("info", "spec.b"), at("error", "spec.c"), at("error", "spec.d")];
  const policy = [at("error", "spec.a", { ruleId: "X1" }), at("warning", "spec.b", { ruleId: "X2" }), at("warning", "spec.c", { ruleId: "X3" }), at("error", "spec.d", { ruleId: "X4", waiver: { reason: "Accepted." } })];
  const merged = mergeFindings(validation, policy);
  expect(merged.filter((f) => !f.ruleId).map((f) => f.path)).toEqual(["spec.c", "spec.d"]);
  expect(merged.filter((f) => f.ruleId)).toHaveLength(4);
});

test("other resources and other fields are untouched", () => {
  const validation = [at("error", "spec.a"), { ...at("error", "spec.b"), name: "other" }];
  expect(mergeFindings(validation, [at("error", "spec.b", { ruleId: "X" })])).toHaveLength(3);
});
