import fc from "fast-check";
import { duplicateJsonKey } from "../../src/diff/load/duplicate-json-key";

test("no false alarm: JSON.stringify of any value (escaped quotes, nesting, unicode keys) repeats no key", () => {
  fc.assert(fc.property(fc.jsonValue(), (value) => duplicateJsonKey(JSON.stringify(value, null, 1)) === undefined), { numRuns: 500 });
});

test("a key repeated in one object is found, with its line, whatever the nesting and escapes", () => {
  expect(duplicateJsonKey('{"a": 1, "a": 2}')).toEqual({ key: "a", line: 1 });
  expect(duplicateJsonKey('{"x": [{"k\\"": "\\"k\\"", "y": {}}, {"k\\"": 1}],\n "z": {"q": [1, {"r": 2}], "q": 3}}')).toEqual({ key: "q", line: 2 });
  // The same key in sibling objects, or as a value, is not a repeat.
  expect(duplicateJsonKey('{"a": {"b": 1}, "c": {"b": "b"}, "d": ["a", "a"]}')).toBeUndefined();
  // An escaped key equal to a plain one is the same key.
  expect(duplicateJsonKey('{"a": 1, "\\u0061": 2}')).toEqual({ key: "a", line: 1 });
});
