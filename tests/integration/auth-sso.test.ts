import { describe, expect, it } from "vitest";
import { resolveSsoUser, ssoConfig } from "@/lib/auth/sso";
import { db } from "./support/db";
import { createOrganisation, createUser } from "./support/factories";

describe("single sign-on: mapping an identity-provider login to a portal user", () => {
  it("maps to the existing active user with the same e-mail, case-insensitively", async () => {
    const org = await createOrganisation("MUNICIPALITY");
    const user = await createUser([{ organisationId: org.id, role: "CASEWORKER" }], { email: "sagsbehandler@roskilde.dk" });
    expect(await resolveSsoUser(db, { email: "Sagsbehandler@Roskilde.dk", email_verified: true })).toEqual({
      id: user.id,
      sessionVersion: 1,
      locale: "da",
    });
  });

  it("admits nobody else: unknown, deactivated, unverified or missing e-mail (no auto-provisioning)", async () => {
    const org = await createOrganisation("MUNICIPALITY");
    await createUser([{ organisationId: org.id, role: "CASEWORKER" }], { email: "gammel@roskilde.dk", active: false });
    await createUser([{ organisationId: org.id, role: "CASEWORKER" }], { email: "ny@roskilde.dk" });
    expect(await resolveSsoUser(db, { email: "fremmed@roskilde.dk" })).toBeNull();
    expect(await resolveSsoUser(db, { email: "gammel@roskilde.dk" })).toBeNull();
    expect(await resolveSsoUser(db, { email: "ny@roskilde.dk", email_verified: false })).toBeNull();
    expect(await resolveSsoUser(db, {})).toBeNull();
    expect(await resolveSsoUser(db, null)).toBeNull();
    expect(await db.user.count()).toBe(2);
  });

  it("is configured only when issuer, client id and secret are all set", () => {
    expect(ssoConfig({})).toBeNull();
    expect(ssoConfig({ AUTH_OIDC_ISSUER: "https://idp.example/", AUTH_OIDC_CLIENT_ID: "portal" })).toBeNull();
    expect(ssoConfig({ AUTH_OIDC_ISSUER: "https://idp.example/", AUTH_OIDC_CLIENT_ID: "portal", AUTH_OIDC_CLIENT_SECRET: "s" })).toEqual({
      issuer: "https://idp.example",
      clientId: "portal",
      clientSecret: "s",
      name: "Single sign-on",
    });
  });
});
