/**
 * The server actions of the build as an attacker finds them: the `Next-Action` ids in
 * .next/server/server-reference-manifest.json, each with the module and export it calls.
 */
import fs from "node:fs";
import path from "node:path";

export type ManifestAction = { id: string; module: string; export: string };

const MANIFEST = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");

export function manifestActions(): ManifestAction[] {
  if (!fs.existsSync(MANIFEST)) throw new Error(`${MANIFEST} is missing: the security project runs against the built app (next build).`);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, module: entry.filename ?? "?", export: entry.exportedName ?? "?" }));
}

/** The id of one action (module + export), or an error naming it. */
export function actionId(actions: ManifestAction[], module: string, exportName: string): string {
  const found = actions.find((a) => a.module === module && a.export === exportName);
  if (!found) throw new Error(`${module} ${exportName} is not in the build's server-reference manifest`);
  return found.id;
}
