/**
 * The layering rules of eslint/boundaries.mjs fire: each fixture breaks one rule and is linted with
 * the project's own configuration as if it were a file at that path; its clean twin passes.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "boundaries/no-server-only-in-client").map((m) => `${m.ruleId}: ${m.message}`);
}

// The first lint loads the whole ESLint configuration (typescript-eslint, the Next plugin): ~3 s on a
// quiet machine, over 5 s on a loaded one — a load time, not a result, so the tests get 30 s.
describe("layering rules (npm run lint)", { timeout: 30_000 }, () => {
  it("components never import app", async () => {
    expect(await problems("components/fixture/widget.tsx", 'import { referAction } from "@/app/(portal)/henvisninger/actions";\nexport const x = referAction;\n')).toEqual([
      expect.stringContaining("components/ never imports app/"),
    ]);
    expect(await problems("components/fixture/widget.tsx", 'import { first } from "@/lib/validation/primitives";\nexport const x = first;\n')).toEqual([]);
  });

  it("app never imports lib/db", async () => {
    expect(await problems("app/fixture/page.tsx", 'import { db } from "@/lib/db/client";\nexport const x = db;\n')).toEqual([expect.stringContaining("app/ never imports lib/db")]);
    expect(await problems("app/fixture/page.tsx", 'import { getUser } from "@/lib/domain/users/get-user";\nexport const x = getUser;\n')).toEqual([]);
  });

  it("lib/rules imports nothing with I/O (only other rules and the enums' types)", async () => {
    for (const source of ["@/lib/db/client", "@/lib/domain/errors", "next/cache", "node:fs", "pg", "../db/client"]) {
      expect(await problems("lib/rules/fixture.ts", `import { x } from "${source}";\nexport const y = x;\n`), source).toEqual([expect.stringContaining("lib/rules is pure")]);
    }
    expect(await problems("lib/rules/fixture.ts", 'import { Role } from "@/lib/generated/prisma/enums";\nexport const y = Role;\n')).toEqual([expect.stringContaining("only types")]);
    expect(await problems("lib/rules/fixture.ts", 'import type { Role } from "@/lib/generated/prisma/enums";\nimport { allow } from "./decision";\nexport const y: Role | null = null;\nexport const z = allow;\n')).toEqual([]);
  });

  it("client components never import server-only modules", async () => {
    const client = (source: string) => `"use client";\nimport { x } from "${source}";\nexport const y = x;\n`;
    for (const source of ["@/lib/auth/actor", "@/lib/db/client", "next/headers", "@/lib/domain/pipeline", "server-only"]) {
      expect(await problems("components/fixture/button.tsx", client(source)), source).toEqual([expect.stringContaining("server-only module")]);
    }
    // A type import vanishes at build time; a pure module is fine; the same import on the server is fine.
    expect(await problems("components/fixture/button.tsx", '"use client";\nimport type { Actor } from "@/lib/auth/actor";\nexport const y: Actor | null = null;\n')).toEqual([]);
    expect(await problems("components/fixture/button.tsx", client("@/lib/validation/primitives"))).toEqual([]);
    expect(await problems("components/fixture/server.tsx", 'import { x } from "@/lib/auth/actor";\nexport const y = x;\n')).toEqual([]);
  });
});
