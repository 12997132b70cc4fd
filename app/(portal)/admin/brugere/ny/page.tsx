import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canManageUsers } from "@/lib/rules/users";
import { listManageableOrganisations } from "@/lib/domain/users/list-manageable-organisations";
import { PASSWORD_MIN_LENGTH } from "@/lib/domain/users/schemas";
import { getTranslator, titled } from "@/lib/i18n/server";
import type { Role } from "@/lib/generated/prisma/enums";
import { CreateUserForm } from "./create-user-form";
import { TextLink } from "@/components/ui";

export const generateMetadata = titled("admin.create.title");

const ROLE_ORDER: Role[] = ["ADMIN", "COORDINATOR", "CASEWORKER", "CLINICIAN", "READER", "RISK_MANAGER"];

export default async function CreateUserPage() {
  const actor = await requireActor("/admin/brugere/ny");
  if (!canManageUsers(actor).allowed) notFound(); // the page of an administrator; createUser checks again
  const { t } = await getTranslator();
  const organisations = await listManageableOrganisations(actor);
  const roles = ROLE_ORDER.filter((role) => organisations.some((o) => o.grantableRoles.includes(role)));

  return (
    <div>
      <p className="mb-2">
        <TextLink as={Link} href="/admin/brugere">
          {t("admin.create.back")}
        </TextLink>
      </p>
      <h1 className="mb-6 text-3xl font-semibold text-slate-900">{t("admin.create.title")}</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <CreateUserForm
          passwordHint={t("admin.create.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          organisations={organisations.map((o) => ({ value: o.id, label: `${o.name} (${t(`admin.kind.${o.kind}`)})` }))}
          roles={roles.map((role) => ({ value: role, label: t(`admin.role.${role}`) }))}
        />
      </div>
    </div>
  );
}
