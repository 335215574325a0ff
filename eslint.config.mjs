import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// Architecture rules as lint (docs/architecture.md): Prisma only in data and mutation files,
// imports flow app → features → components → lib, and a feature's components stay its own.
const prismaOnlyInDataFiles = {
  paths: [
    { name: "@/lib/db/client", message: "Only data.ts and mutations.ts files touch the database." },
    { name: "@prisma/client", message: "Use the generated client through data.ts / mutations.ts." },
  ],
  patterns: [{ group: ["@/generated/prisma/*"], message: "Only data.ts and mutations.ts files touch the database." }],
};

// Every button is the shared Button, so buttons of one kind look the same in every area.
const rawButton = {
  selector: "JSXOpeningElement[name.name='button']",
  message: "Use Button from @/components/forms/button (primary, secondary, warning or link).",
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "src/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "src/**/data.ts",
      "src/**/mutations.ts",
      "src/lib/db/**",
      "src/lib/audit.ts",
      "src/**/*.test.ts",
      "src/**/*.integration.test.ts",
    ],
    rules: { "no-restricted-imports": ["error", prismaOnlyInDataFiles] },
  },
  {
    files: ["src/components/**/*.{ts,tsx}", "src/lib/**/*.{ts,tsx}"],
    ignores: [
      "src/lib/db/**",
      "src/**/data.ts",
      "src/**/mutations.ts",
      "src/lib/audit.ts",
      "src/**/*.test.ts",
      "src/**/*.integration.test.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...prismaOnlyInDataFiles,
          patterns: [
            ...prismaOnlyInDataFiles.patterns,
            { group: ["@/features/*", "@/app/*"], message: "components and lib must not depend on features or app." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/lib/db/**", "src/**/data.ts", "src/**/mutations.ts", "src/lib/audit.ts"],
    ignores: [],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/features/*/components/*", "@/app/*"], message: "The data layer does not import UI." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/features/**/*.{ts,tsx}"],
    ignores: ["src/**/data.ts", "src/**/mutations.ts", "src/**/*.test.ts", "src/**/*.integration.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          ...prismaOnlyInDataFiles,
          patterns: [
            ...prismaOnlyInDataFiles.patterns,
            { group: ["@/app/*"], message: "features must not depend on app routes." },
          ],
        },
      ],
    },
  },
  {
    // Another feature's components are its internals.
    files: ["src/features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration[source.value=/^@\\/features\\/[^/]+\\/components\\//]",
          message:
            "Use another feature only through its public files (schema, domain, data, loaders, actions), not its components.",
        },
        rawButton,
      ],
    },
  },
  {
    files: ["src/**/*.tsx"],
    ignores: ["src/features/**", "src/components/forms/button.tsx"],
    rules: { "no-restricted-syntax": ["error", rawButton] },
  },
];

// Pages and route handlers read through loaders (session → permission → scoped read), never data files.
config.push({
  files: ["src/app/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        ...prismaOnlyInDataFiles,
        patterns: [
          ...prismaOnlyInDataFiles.patterns,
          {
            group: ["@/features/*/data", "@/features/*/mutations"],
            message: "Pages call a loader; actions call mutations.",
          },
        ],
      },
    ],
  },
});

// Settings are read through src/lib/env.ts, which validates them (one sentence per bad value).
// Left out, each for a reason: the start-up code that fills process.env in before anything reads
// it (src/lib/runtime: the database and secret the start script and browser tests use; the backup
// and restore commands' own start-up), instrumentation's NEXT_RUNTIME (Next's own, replaced at build
// time per runtime, so it must be read literally), and tests, which set settings for their process.
// Outside src (scripts, tests, e2e, benchmarks, configs) is start-up and test code.
config.push({
  files: ["src/**/*.{ts,tsx}"],
  ignores: [
    "src/lib/env.ts",
    "src/lib/runtime/**",
    "src/lib/backup/cli.ts",
    "src/instrumentation.ts",
    "src/**/*.test.{ts,tsx}",
  ],
  rules: {
    "no-restricted-properties": [
      "error",
      {
        object: "process",
        property: "env",
        message: "Read settings with env() or settings() from @/lib/env, which validate them.",
      },
    ],
  },
});

// Playwright fixtures call `use`, which is not React's hook.
config.push({ files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } });

// Layout is Prettier's (`prettier --check` runs with lint); no lint rule argues with it.
config.push(prettier);

export default config;
