import { tooDeepAt } from "../../../src/core/cloud-init/nesting-depth";

// The syntax tree is built only when the single scan cannot clear a text: count the builders.
jest.mock("yaml", () => {
  const actual = jest.requireActual<typeof import("yaml")>("yaml");
  return {
    ...actual,
    Lexer: jest.fn((...args: ConstructorParameters<typeof actual.Lexer>) => new actual.Lexer(...args)),
    Parser: jest.fn((...args: ConstructorParameters<typeof actual.Parser>) => new actual.Parser(...args)),
  };
});
const { Lexer, Parser } = jest.requireMock<{ Lexer: jest.Mock; Parser: jest.Mock }>("yaml");

const DOCUMENT = "kind: VMInstance\nmetadata: {name: a}\nspec:\n  externalPorts: [22, 443]\n  resources: {cpu: 2}\n";

beforeEach(() => {
  Lexer.mockClear();
  Parser.mockClear();
});

test("a file of many shallow documents is cleared by the scan alone: nesting does not cross a document marker", () => {
  expect(tooDeepAt(`${DOCUMENT}---\n`.repeat(500), 100)).toBeUndefined();
  expect(Lexer).not.toHaveBeenCalled();
  expect(Parser).not.toHaveBeenCalled();
});

test("the same brackets in one document are suspect and get the exact check, which clears them", () => {
  expect(tooDeepAt(DOCUMENT.repeat(1).replace("spec:", "spec:\n  ports: " + "[1], ".repeat(150)), 100)).toBeUndefined();
  expect(Parser).toHaveBeenCalled();
});

test("--- and ... end a document only at column 0, followed by a space or a line break", () => {
  const deep = (separator: string) => `a: ${"[".repeat(60)}\n${separator}\nb: ${"[".repeat(60)}`;
  // A real marker: two documents of 60 levels each, both under the limit.
  expect(tooDeepAt(deep("---"), 100)).toBeUndefined();
  expect(tooDeepAt(deep("..."), 100)).toBeUndefined();
  // Not markers: the flow list goes on across the line, 120 levels deep.
  for (const separator of [" ---", "---x", "--", "-- -"]) expect(tooDeepAt(deep(separator), 100)).toBeDefined();
});

test("a deep document after shallow ones is found, at its own offset", () => {
  const shallow = `${DOCUMENT}---\n`.repeat(50);
  const text = `${shallow}a: ${"[".repeat(500)}`;
  const at = tooDeepAt(text, 100);
  // The offset of the bracket that opens level 101.
  expect(at).toBe(shallow.length + "a: ".length + 100);
});
