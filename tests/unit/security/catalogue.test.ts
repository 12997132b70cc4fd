/**
 * The security catalogue (tests/security/catalogue) covers the whole surface — this test fails when
 * a server action, a route handler, a page with an id in its path, or an id-typed field of an input
 * schema appears that the matrix does not attack and no named test proves scoped (issues 13 and 18).
 * The live attack is tests/security/matrix.spec.ts; this is the part that needs no server.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ACTIONS, AREAS, PAGES, ROUTES } from "@/tests/security/catalogue";
import { schemaFields } from "@/tests/security/support/schema-walk";
import { actionModules } from "../actions/defined-through-wrapper.test";

const ROOT = path.resolve(__dirname, "../../..");

function files(dir: string, name: RegExp): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(rel, name);
    return name.test(entry.name) ? [rel] : [];
  });
}

type SourceAction = { module: string; export: string; shape: "state" | "button" };

/** Every exported action of every "use server" module, with its shape read from the source (onError → button). */
function sourceActions(): SourceAction[] {
  return actionModules().flatMap((module) => {
    const source = ts.createSourceFile(module, fs.readFileSync(path.join(ROOT, module), "utf8"), ts.ScriptTarget.Latest, true);
    const factories = new Map<string, ts.Node>();
    for (const s of source.statements) if (ts.isFunctionDeclaration(s) && s.name && s.body) factories.set(s.name.text, s.body);
    const hasOnError = (node: ts.Node): boolean => {
      let found = false;
      const visit = (n: ts.Node) => {
        if (ts.isPropertyAssignment(n) && n.name.getText(source) === "onError") found = true;
        if (!found) ts.forEachChild(n, visit);
      };
      visit(node);
      return found;
    };
    const result: SourceAction[] = [];
    for (const s of source.statements) {
      if (!ts.isVariableStatement(s) || !s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      for (const d of s.declarationList.declarations) {
        const init = d.initializer;
        if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) continue;
        const factory = factories.get(init.expression.text);
        result.push({ module: module.split(path.sep).join("/"), export: d.name.getText(source), shape: hasOnError(init) || (factory ? hasOnError(factory) : false) ? "button" : "state" });
      }
    }
    return result;
  });
}

/** Pages with an id in the path the matrix does not request, and why that is fine. */
const PAGES_NOT_IN_MATRIX: Record<string, string> = {
  "app/(public)/aftaler/[agreementId]/page.tsx": "public: shows the agreement's public versions only (canReadVersion), each covered by /aftaler/{agreementId}/v/{number}",
  "app/(public)/aftaler/[agreementId]/forpligtelser/page.tsx": "public: the obligation matrix of the version in force",
  "app/(public)/aftaler/[agreementId]/historik/[lineageId]/page.tsx": "public: a section's history across public versions",
  "app/(public)/aftaler/[agreementId]/sammenlign/page.tsx": "public: compares public versions",
  "app/(public)/aftaler/[agreementId]/v/[number]/soeg/page.tsx": "public: search within a readable version (agreements.searchSectionsInput)",
  "app/(cached)/tilbud/soeg/[key]/page.tsx": "public: the cached lookup of published offers, the same for everybody (decision 019)",
  "app/(cached)/logind/[key]/page.tsx": "public: the cached sign-in page of a state (decision 019)",
  "app/(cached)/aftaleversion/[key]/page.tsx": "public: the cached reading page of a version for a visitor without a session — loaded without an actor, so drafts are a 404 (decision 037)",
  "app/(public)/hjaelpemidler/[itemId]/page.tsx": "aids (issue 14): no aids resource kind in the matrix yet — getAidItem's scoping (not_found for GP, other region, anonymous) is proven by tests/integration/aids-catalogue.test.ts",
  "app/(public)/hjaelpemidler/[itemId]/rediger/page.tsx": "aids (issue 14): as the aid page, and notFound unless canEditAids — tests/integration/aids-catalogue.test.ts",
};

describe("the security catalogue covers every way in", () => {
  const actions = sourceActions();

  it("finds the actions, routes and schemas (the enumeration itself works)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(60);
    expect(files("app", /^route\.ts$/).length).toBeGreaterThanOrEqual(8);
    expect(schemaFields().filter((f) => f.idTyped).length).toBeGreaterThanOrEqual(80);
  });

  it("every server action is in the catalogue, with the shape its declaration has", () => {
    const missing = actions.filter((a) => !ACTIONS.some((e) => e.module === a.module && e.export === a.export)).map((a) => `${a.module} ${a.export}`);
    expect(missing, "server actions the catalogue does not cover (add them to tests/security/catalogue/<area>.ts)").toEqual([]);
    const wrongShape = ACTIONS.filter((e) => actions.some((a) => a.module === e.module && a.export === e.export && a.shape !== e.shape)).map((e) => `${e.export}: ${e.shape}`);
    expect(wrongShape).toEqual([]);
  });

  it("no catalogue entry names an action that does not exist", () => {
    const stale = ACTIONS.filter((e) => !actions.some((a) => a.module === e.module && a.export === e.export)).map((e) => `${e.module} ${e.export}`);
    expect(stale).toEqual([]);
  });

  it("every action is attacked with a forged id, or says why it has none", () => {
    expect(ACTIONS.filter((e) => !e.forge && !e.noForge).map((e) => e.export)).toEqual([]);
    expect(ACTIONS.filter((e) => e.forge && e.noForge).map((e) => e.export)).toEqual([]);
  });

  it("every route handler is in the catalogue", () => {
    const routes = files("app", /^route\.ts$/).map((f) => f.split(path.sep).join("/"));
    expect(routes.filter((file) => !ROUTES.some((r) => r.file === file))).toEqual([]);
    expect(ROUTES.filter((r) => !routes.includes(r.file)).map((r) => r.file)).toEqual([]);
  });

  it("every page with an id in its path is requested by the matrix (or listed as public, with why)", () => {
    const dynamicPages = files("app", /^page\.tsx$/)
      .map((f) => f.split(path.sep).join("/"))
      .filter((f) => f.includes("["));
    const asUrl = (file: string) =>
      "/" +
      file
        .replace(/^app\//, "")
        .replace(/\/page\.tsx$/, "")
        .split("/")
        .filter((s) => !/^\(.*\)$/.test(s))
        .join("/");
    const pattern = (url: string) => url.split("?")[0].replace(/\{[^}]+\}/g, "[x]");
    const requested = new Set(PAGES.map((p) => pattern(p.url)));
    const uncovered = dynamicPages.filter((f) => !requested.has(asUrl(f).replace(/\[[^\]]+\]/g, "[x]")) && !PAGES_NOT_IN_MATRIX[f]);
    expect(uncovered).toEqual([]);
  });

  it("issue 18's inventory: every id-typed field of every input schema is forged by the matrix or proven scoped by a named test", () => {
    const idFields = schemaFields().filter((f) => f.idTyped);
    const forged = new Set(ACTIONS.flatMap((e) => (e.forge ? (e.schemas ?? []).map((s) => `${s}.${e.forge!.field}`) : [])));
    const forgedByRoute = new Set(["offers.getHsdsServiceInput.id"]);
    const elsewhere = AREAS.flatMap((a) => a.scopedElsewhere ?? []);
    const covered = (f: { schema: string; field: string }) =>
      forged.has(`${f.schema}.${f.field}`) || forgedByRoute.has(`${f.schema}.${f.field}`) || elsewhere.some((e) => e.schema === f.schema && e.field === f.field);
    const uncovered = idFields.filter((f) => !covered(f)).map((f) => `${f.schema}.${f.field}`);
    expect(uncovered, "id fields nobody proves scoped: forge them in the catalogue or name the test that does").toEqual([]);
    for (const e of elsewhere) expect(fs.existsSync(path.join(ROOT, e.provenBy)), `${e.schema}.${e.field}: ${e.provenBy}`).toBe(true);
    console.log(`[security] id-field inventory: ${idFields.length} id-typed fields in ${new Set(idFields.map((f) => f.schema)).size} schemas — ${idFields.filter((f) => forged.has(`${f.schema}.${f.field}`)).length} forged live by the matrix, the rest proven by named tests`);
  });
});
