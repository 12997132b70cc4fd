/** The upload's refusals, as the import page shows them (/fora/[forumId]/import?fejl=…): a fixed list, never free text. */
export const UPLOAD_ERRORS = ["fileRequired", "fileTooLarge", "invalid"] as const;
export type UploadError = (typeof UPLOAD_ERRORS)[number];

export const uploadErrorKey: Record<UploadError, string> = {
  fileRequired: "validation.initiatives.fileRequired",
  fileTooLarge: "validation.initiatives.fileTooLarge",
  invalid: "errors.invalid",
};
