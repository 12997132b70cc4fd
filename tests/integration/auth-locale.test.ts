import { describe, expect, it } from "vitest";
import { updateOwnLocale } from "@/lib/auth/update-locale";
import { db } from "./support/db";
import { actorFor, createOrganisation, createUser } from "./support/factories";

describe("updateOwnLocale (the language switch, signed in)", () => {
  it("stores the language on the user's own row, bumps the version and writes an audit row", async () => {
    const org = await createOrganisation("MUNICIPALITY");
    const user = await createUser([{ organisationId: org.id, role: "COORDINATOR" }]);
    const actor = await actorFor(user.id);

    await updateOwnLocale(db, actor, "en");

    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ locale: "en", version: 2 });
    const audit = await db.auditEvent.findMany({ where: { entityType: "User", entityId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.setLocale",
      actorUserId: user.id,
      actorOrganisationId: org.id,
      before: { locale: "da" },
      after: { locale: "en" },
    });
  });

  it("changes nothing and writes no audit row when the language is already the user's", async () => {
    const org = await createOrganisation("MUNICIPALITY");
    const user = await createUser([{ organisationId: org.id, role: "COORDINATOR" }]);
    await updateOwnLocale(db, await actorFor(user.id), "da");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ locale: "da", version: 1 });
    expect(await db.auditEvent.count()).toBe(0);
  });
});
