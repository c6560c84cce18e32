// Next.js's rules (core web vitals, typescript-eslint, react-hooks, jsx-a11y, import) plus the
// folder direction of STYLE.md: app → components → lib, never back up, and no import cycles.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-e2e/**",
      "lib/generated/**",
      "data/**",
      "tmp/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./components",
              from: "./app",
              message: "components/ must not import from app/: pass actions as props.",
            },
            { target: "./lib", from: "./app", message: "lib/ must not import from app/." },
            {
              target: "./lib",
              from: "./components",
              message: "lib/ must not import from components/.",
            },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
];

export default config;
