/**
 * The layering, checked by the linter (docs/architecture.md "Imports flow one way"):
 *
 *  - components/ never imports app/ (a component is used by pages, not the other way round);
 *  - app/ never imports lib/db (pages, route handlers and actions reach data through lib/domain);
 *  - lib/rules/ imports nothing that does I/O (pure decisions: only types from the generated client,
 *    and other rules);
 *  - a client component ("use client") never imports a server-only module (one whose source says
 *    `import "server-only"`, or next/headers, or the database) — it would ship to the browser, or fail.
 *
 * tests/unit/lint-boundaries.test.ts lints a fixture for each rule and checks that it fires.
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const EXTENSIONS = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];

/** The file an import names, for "@/…" and relative paths; null for packages. */
function resolveImport(source, fromFile) {
  let base;
  if (source.startsWith("@/")) base = path.join(ROOT, source.slice(2));
  else if (source.startsWith(".")) base = path.resolve(path.dirname(fromFile), source);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const serverOnlyCache = new Map();
function isServerOnlyFile(file) {
  if (!serverOnlyCache.has(file)) {
    const text = fs.readFileSync(file, "utf8");
    serverOnlyCache.set(file, /^\s*import\s+["']server-only["'];?/m.test(text));
  }
  return serverOnlyCache.get(file);
}

const SERVER_PACKAGES = new Set(["server-only", "next/headers", "pg", "@prisma/client", "@prisma/adapter-pg", "node:fs", "fs"]);

const noServerOnlyInClient = {
  meta: {
    type: "problem",
    docs: { description: 'A "use client" module must not import a server-only module' },
    schema: [],
    messages: { serverOnly: 'Client component imports the server-only module "{{source}}" (it would ship to the browser). Pass data as props or call a server action instead.' },
  },
  create(context) {
    const program = context.sourceCode.ast;
    const first = program.body[0];
    const isClient = first && first.type === "ExpressionStatement" && first.directive === "use client";
    if (!isClient) return {};
    const check = (node) => {
      if (node.importKind === "type") return; // types vanish at build time
      const source = node.source && node.source.value;
      if (typeof source !== "string") return;
      if (SERVER_PACKAGES.has(source) || source.startsWith("@/lib/db")) {
        context.report({ node, messageId: "serverOnly", data: { source } });
        return;
      }
      const file = resolveImport(source, context.filename);
      if (file && isServerOnlyFile(file)) context.report({ node, messageId: "serverOnly", data: { source } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const boundariesPlugin = { rules: { "no-server-only-in-client": noServerOnlyInClient } };

const restricted = (patterns) => ["error", { patterns }];

export const boundaries = [
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restricted([{ group: ["@/app/*", "**/app/*"], message: "components/ never imports app/: move the shared piece to components/ or lib/." }]),
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restricted([
        { group: ["@/lib/db", "@/lib/db/*", "**/lib/db/*"], message: "app/ never imports lib/db: read and write through a lib/domain operation." },
      ]),
    },
  },
  {
    files: ["lib/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": restricted([
        {
          // Anything of the app but other rules and the generated enums, and every package (next, pg, node:fs …).
          regex: "^(@/(?!lib/rules/|lib/generated/prisma/enums$)|[^./@]|@(?!/)|\\.\\./)",
          message: "lib/rules is pure: no database, no Next, no I/O — only other rules and the generated enums.",
        },
        { group: ["@/lib/generated/prisma/enums"], allowTypeImports: true, message: "lib/rules takes only types from the generated client." },
      ]),
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    plugins: { boundaries: boundariesPlugin },
    rules: { "boundaries/no-server-only-in-client": "error" },
  },
];
