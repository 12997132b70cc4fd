/**
 * Every server action is declared through defineAction (lib/actions/define-action.ts): each module
 * with "use server" under app/ and components/ is read with the TypeScript compiler, and every export
 * must be `export const xAction = defineAction(…)` or a call of a local helper whose body returns
 * defineAction(…). No `export async function`, no try/catch in an actions module.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../..");

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : files(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

/** Modules whose first statement is the "use server" directive. */
export function actionModules(): string[] {
  return [...files("app"), ...files("components"), ...files("lib")].filter((file) => {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
    const first = source.statements[0];
    return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server";
  });
}

type Finding = { file: string; name: string; problem: string };

/** Names of local functions (or consts with an arrow body) that return defineAction(…). */
function localFactories(source: ts.SourceFile): Set<string> {
  const factories = new Set<string>();
  const returnsDefineAction = (node: ts.Node): boolean => {
    let found = false;
    const visit = (child: ts.Node) => {
      if (ts.isCallExpression(child) && ts.isIdentifier(child.expression) && child.expression.text === "defineAction") found = true;
      if (!found) ts.forEachChild(child, visit);
    };
    visit(node);
    return found;
  };
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body && returnsDefineAction(statement.body)) factories.add(statement.name.text);
  }
  return factories;
}

export function checkModule(file: string, text = fs.readFileSync(path.join(ROOT, file), "utf8")): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const factories = localFactories(source);
  const findings: Finding[] = [];
  const isMadeByWrapper = (init: ts.Expression | undefined): boolean =>
    !!init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && (init.expression.text === "defineAction" || factories.has(init.expression.text));
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) findings.push({ file, name: statement.getText(source).slice(0, 40), problem: "re-export" });
    if (!exported) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!isMadeByWrapper(declaration.initializer)) findings.push({ file, name: declaration.name.getText(source), problem: "not made by defineAction" });
      }
    } else if (ts.isFunctionDeclaration(statement)) {
      findings.push({ file, name: statement.name?.text ?? "default", problem: "exported function (declare it with defineAction)" });
    } else if (!ts.isTypeAliasDeclaration(statement) && !ts.isInterfaceDeclaration(statement)) {
      findings.push({ file, name: statement.getText(source).slice(0, 40), problem: "unexpected export" });
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isTryStatement(node)) findings.push({ file, name: `line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, problem: "try/catch in an actions module (the wrapper maps errors)" });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

describe("server actions are made by defineAction", () => {
  const modules = actionModules();

  it("finds the actions modules (the enumeration itself works)", () => {
    expect(modules.length).toBeGreaterThanOrEqual(11);
    expect(modules).toContain(path.join("app", "(portal)", "mine-tilbud", "actions.ts"));
    expect(modules).toContain(path.join("components", "shell", "actions.ts"));
  });

  it.each(modules)("%s: every export is defineAction(…), no try/catch", (file) => {
    expect(checkModule(file)).toEqual([]);
  });

  it("the check fires on a hand-written action, a plain export and a try/catch", () => {
    const wrong = `"use server";
export async function saveAction(_p: unknown, formData: FormData) { try { return 1; } catch { return 2; } }
export const other = async () => 1;
export const fine = defineAction({ name: "x", run: async () => 1, done: () => ({ redirect: "/" }) });`;
    expect(checkModule("fixture.ts", wrong).map((f) => f.problem)).toEqual([
      "exported function (declare it with defineAction)",
      "not made by defineAction",
      "try/catch in an actions module (the wrapper maps errors)",
    ]);
  });
});
