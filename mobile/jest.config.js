/** @type {import('jest').Config} */
module.exports = {
  preset: "jest-expo",
  // A time budget, not an assertion: on a busy 2-core CI machine a screen test can pass
  // jest's default 5 s while still correct.
  testTimeout: 30000,
  setupFiles: ["<rootDir>/test/setup.ts"],
  testMatch: ["<rootDir>/src/**/*.test.ts?(x)", "<rootDir>/test/**/*.test.ts?(x)"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/src/$1",
  },
  transformIgnorePatterns: [
    "node_modules/(?!((jest-)?react-native|@react-native(-community)?)|expo(nent)?|@expo(nent)?/.*|@expo-google-fonts/.*|react-navigation|@react-navigation/.*|@sentry/react-native|native-base|react-native-svg|openapi-fetch)",
  ],
};
