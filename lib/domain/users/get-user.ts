import "server-only";
import { db } from "@/lib/db/client";
import { type Actor, isAdmin } from "@/lib/rules/actor";
import { canViewUser } from "@/lib/rules/users";
import { compareDanish } from "@/lib/i18n/format";
import { NotFoundError } from "@/lib/domain/errors";
import { ensureAllowed, parseInput, requireSignedIn } from "@/lib/domain/pipeline";
import { getUserInput } from "./schemas";
import { visibleMembershipsWhere, visibleUsersWhere } from "./scope";
import { membershipInclude, toUserDto, type UserDto } from "./dto";

/** One user with the memberships the actor may see; not visible → NotFoundError. */
export async function getUser(actor: Actor | null, input: unknown): Promise<UserDto> {
  const data = parseInput(getUserInput, input);
  const current = requireSignedIn(actor);

  const user = await db.user.findFirst({
    where: { AND: [{ id: data.userId }, visibleUsersWhere(current)] }, // scoped: admin sees all, a coordinator their own organisation's members
    include: {
      memberships: {
        // scoped: a coordinator sees the user's memberships in their own organisation only (one's own: all).
        // No `{}` inside OR: Prisma reads an empty OR branch as matching nothing.
        where: isAdmin(current) ? {} : { OR: [visibleMembershipsWhere(current), { userId: current.userId }] },
        include: membershipInclude,
      },
    },
  });
  if (!user) throw new NotFoundError();
  ensureAllowed(canViewUser(current, { id: user.id, organisationIds: user.memberships.map((m) => m.organisationId) }));

  const memberships = [...user.memberships].sort(
    (a, b) => compareDanish(a.organisation.name, b.organisation.name) || a.role.localeCompare(b.role),
  );
  return toUserDto(user, memberships);
}
