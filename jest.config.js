/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 60000,
  // The examples import the package by name, as a user's project does; in tests that is the sources (Node itself
  // resolves "hikube-vm" inside this package to lib/ through the exports map, which npm run synth uses).
  moduleNameMapper: { "^hikube-vm$": "<rootDir>/src/index.ts", "^hikube-vm/core$": "<rootDir>/src/api.ts" },
  // Builds lib/ when stale: the CLI tests run the built CLI.
  globalSetup: "<rootDir>/test/global-setup.ts",
};
