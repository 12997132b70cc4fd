import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/rules/actor";
import { compareDanish } from "@/lib/i18n/format";
import { parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { listUsersInput, USERS_PAGE_SIZE } from "./schemas";
import { visibleMembershipsWhere, visibleUsersWhere } from "./scope";

export type UserListItem = {
  id: string;
  email: string;
  name: string;
  active: boolean;
  deactivatedAt: Date | null;
  memberships: { organisationName: string; role: Role }[];
};

export type UserListPage = { items: UserListItem[]; page: number; pageCount: number; total: number; q: string };

/**
 * Users the actor may see (administrator: all; coordinator: the members of their own organisation),
 * optionally filtered by a search in name and e-mail, in Danish alphabetical order, 50 per page.
 *
 * Sorted in JavaScript with compareDanish rather than ORDER BY … COLLATE "da-DK-x-icu": the embedded
 * PGlite database has no ICU collations. The user list is small (thousands at most); revisit if not.
 */
export async function listUsers(actor: Actor | null, input: unknown): Promise<UserListPage> {
  const data = parseInput(listUsersInput, input);
  const current = requireSignedIn(actor);
  const q = data.q ?? "";

  const search: Prisma.UserWhereInput = q
    ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] }
    : {};
  const rows = await db.user.findMany({
    where: { AND: [visibleUsersWhere(current), search] }, // scoped: admin sees all, a coordinator their own organisation's members
    select: {
      id: true,
      email: true,
      name: true,
      active: true,
      deactivatedAt: true,
      memberships: {
        where: visibleMembershipsWhere(current), // scoped: a coordinator does not learn a member's other organisations
        select: { role: true, organisation: { select: { name: true } } },
      },
    },
  });

  rows.sort((a, b) => compareDanish(a.name, b.name) || compareDanish(a.email, b.email));
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(data.page, pageCount);
  const items = rows.slice((page - 1) * USERS_PAGE_SIZE, page * USERS_PAGE_SIZE).map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    active: row.active,
    deactivatedAt: row.deactivatedAt,
    memberships: row.memberships
      .map((m) => ({ organisationName: m.organisation.name, role: m.role }))
      .sort((a, b) => compareDanish(a.organisationName, b.organisationName)),
  }));
  return { items, page, pageCount, total, q };
}
