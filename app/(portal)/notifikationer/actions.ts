"use server";
/** Server actions of the notifications page (public endpoints: the domain operations scope to the actor). */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/actor";
import { domainErrorState, formValues, type ActionState } from "@/lib/domain/action-state";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/domain/notifications/mark-notification-read";

/** Marks the notification read and opens its referral (or stays on the list). */
export async function openNotificationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  let referralId: string | null;
  try {
    referralId = (await markNotificationRead(await getActor(), formValues(formData))).referralId;
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath("/", "layout"); // the unread badge in the header
  if (formData.get("open") === "1" && referralId) redirect(`/henvisninger/${encodeURIComponent(referralId)}`);
  return { status: "success", messageKey: "notifications.markRead" };
}

export async function markAllNotificationsReadAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await markAllNotificationsRead(await getActor());
  } catch (error) {
    return domainErrorState(error, formData);
  }
  revalidatePath("/", "layout");
  return { status: "success", messageKey: "notifications.allRead" };
}
