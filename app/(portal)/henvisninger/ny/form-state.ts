import type { ActionState } from "@/lib/domain/action-state";
import type { ReferralPreviewDto } from "@/lib/domain/referrals/create-referral";

/** Every value of the referral form, checkbox groups included (several values per name). */
export type FormValues = Record<string, string[]>;

/**
 * The referral form's states: the shared ActionState (with the checkbox groups' values added), the
 * preview (what will be sent, checked by the server), or back to editing after the preview.
 */
export type ReferFormState =
  | (ActionState & { multi?: FormValues })
  | { status: "preview"; preview: ReferralPreviewDto; values: FormValues }
  | { status: "editing"; values: FormValues };

export function collectValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION") || key === "intent") continue;
    (values[key] ??= []).push(value);
  }
  return values;
}
