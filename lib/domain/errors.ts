/**
 * Expected domain failures. Server actions map them to user messages (lib/actions/define-action.ts);
 * anything else is unexpected: logged with the request id, and the form says so without internals.
 *
 * `messageKey` is a key in lib/i18n messages; `params` fill its placeholders.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: "not_found" | "forbidden" | "conflict" | "invalid",
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(messageKey);
    this.name = `DomainError(${kind})`;
  }
}

/** Not visible to this actor — indistinguishable from "does not exist" on purpose. */
export class NotFoundError extends DomainError {
  constructor(messageKey = "errors.notFound") {
    super("not_found", messageKey);
  }
}

export class ForbiddenError extends DomainError {
  constructor(messageKey = "errors.forbidden", params: Record<string, string | number> = {}) {
    super("forbidden", messageKey, params);
  }
}

/** Someone else changed the row since it was read (optimistic concurrency), or a state clash. */
export class ConflictError extends DomainError {
  constructor(
    messageKey = "errors.conflict",
    params: Record<string, string | number> = {},
    readonly current?: unknown,
  ) {
    super("conflict", messageKey, params);
  }
}

export class InvalidError extends DomainError {
  constructor(messageKey = "errors.invalid", fieldErrors: Record<string, string[]> = {}) {
    super("invalid", messageKey, {}, fieldErrors);
  }
}
