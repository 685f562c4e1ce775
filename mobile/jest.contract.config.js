/**
 * The phone's sync code against the REAL API (e2e/contract/): the same preset and
 * setup as the unit tests, one API server for the run, and test timeouts sized for
 * a real server and database on a busy machine.
 */
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ["<rootDir>/e2e/contract/**/*.test.ts"],
  globalSetup: "<rootDir>/e2e/contract/global-setup.mjs",
  globalTeardown: "<rootDir>/e2e/contract/global-teardown.mjs",
  testTimeout: 60_000,
};
