import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { listAgreements } from "@/lib/domain/agreements/list-agreements";
import { notFound } from "next/navigation";

type Params = Promise<{ agreementId: string }>;

/** The agreement's address opens its current version: the one in force, else the newest the visitor may see. */
export default async function AgreementPage({ params }: { params: Params }) {
  const { agreementId } = await params;
  const list = await listAgreements(await getActor());
  const agreement = list.regions.flatMap((r) => r.agreements).find((a) => a.id === agreementId);
  if (!agreement) notFound();
  redirect(`/aftaler/${encodeURIComponent(agreement.id)}/v/${agreement.current.number}`);
}
