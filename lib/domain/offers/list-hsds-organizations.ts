import "server-only";
import { db } from "@/lib/db/client";
import { hsdsOrganization, hsdsPage } from "@/lib/offers/hsds";
import { compareDanish } from "@/lib/i18n/format";
import { parseInput } from "@/lib/domain/pipeline";
import { listHsdsOrganizationsInput } from "./schemas";

/**
 * Open data: the organisations that provide offers (the 98 municipalities and 5 regions) as HSDS 3.0
 * organizations, in Danish alphabetical order, one page.
 */
export async function listHsdsOrganizations(input: unknown) {
  const data = parseInput(listHsdsOrganizationsInput, input);
  const rows = await db.organisation.findMany({
    where: {
      kind: { in: ["MUNICIPALITY", "REGION"] },
      ...(data.search ? { name: { contains: data.search, mode: "insensitive" as const } } : {}),
    },
    select: { id: true, name: true, kind: true, code: true, referralLocationNumber: true, phone: true, email: true, address: true, region: { select: { name: true } } },
  });
  rows.sort((a, b) => compareDanish(a.name, b.name));
  const offset = (data.page - 1) * data.per_page;
  return hsdsPage(rows.slice(offset, offset + data.per_page).map(hsdsOrganization), rows.length, data.page, data.per_page);
}
