/**
 * The section tree of a version in document order (depth-first, siblings by position), each with its
 * depth. Pure: loaders fetch the rows flat and call this. Orphans (a parent outside the set) are kept
 * at the top level rather than lost.
 */
export type TreeRow = { id: string; parentId: string | null; position: number; number: string };

export function documentOrder<T extends TreeRow>(rows: T[]): (T & { depth: number })[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, T[]>();
  for (const row of rows) {
    const parent = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.number.localeCompare(b.number, "da", { numeric: true }));
  const result: (T & { depth: number })[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const row of children.get(parent) ?? []) {
      if (seen.has(row.id)) continue; // a cycle in bad data must not hang the page
      seen.add(row.id);
      result.push({ ...row, depth });
      walk(row.id, depth + 1);
    }
  };
  walk(null, 0);
  return result;
}
