// https://docs.expo.dev/guides/using-eslint/
const { defineConfig } = require("eslint/config");
const expoConfig = require("eslint-config-expo/flat");

module.exports = defineConfig([
  expoConfig,
  {
    ignores: ["dist/*", "node_modules/*", ".expo/*", "src/lib/api/schema.gen.ts"],
  },
  {
    rules: {
      "no-console": ["error", { allow: ["warn", "error"] }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            // A feature never imports another feature; shared code moves to lib/ or components/.
            ...["auth", "customers", "leads", "opportunities", "activities", "agenda", "sync", "quotes", "sales-orders", "field", "reports"].map(
              (feature) => ({
                target: `./src/features/${feature}`,
                from: "./src/features",
                except: [`./${feature}`],
              }),
            ),
            // Route files compose features; lib/ and components/ never reach up into them.
            { target: "./src/lib", from: ["./src/features", "./src/app"] },
            { target: "./src/components", from: ["./src/features", "./src/app"] },
          ],
        },
      ],
    },
  },
  {
    // jest.mock factories must load modules lazily with require().
    files: ["test/**/*.ts", "test/**/*.tsx", "src/**/*.test.ts", "src/**/*.test.tsx"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["e2e/**/*.mjs", "scripts/**/*.mjs", "*.js"],
    rules: { "no-console": "off" },
  },
]);
