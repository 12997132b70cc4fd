/**
 * Recognises the two database failures a user can meet that are nobody's bug (issue 13, faults):
 *
 * - "timeout": a statement cancelled by `statement_timeout` (SQLSTATE 57014), or a transaction
 *   that could not start or finish in its time (Prisma's P2028) — the database is overloaded or a
 *   query too slow;
 * - "unavailable": the database cannot be reached or went away mid-request — a restart, a
 *   failover, the server shutting down (57P01–57P03, class 08, the driver's "not reachable"), or no
 *   connection free in the pool in time (P2024).
 *
 * Either way the transaction rolled back, so nothing was saved; the user gets that said plainly
 * (lib/actions/define-action.ts) instead of "something unexpected went wrong". Pure: reads the error
 * objects of Prisma with the pg driver adapter (the SQLSTATE sits in
 * `meta.driverAdapterError.cause`) and of pg itself.
 */
export type DatabaseTrouble = "timeout" | "unavailable";

const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);
const LOST_CONNECTION = /Connection terminated|terminating connection|server closed the connection|Client has encountered a connection error|Can't reach database server/i;

type Described = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: Described } }; cause?: unknown };

function troubleOf(error: Described, depth: number): DatabaseTrouble | null {
  if (depth > 4) return null;
  const sqlState = [error.originalCode, error.code].find((c) => typeof c === "string" && /^[0-9A-Z]{5}$/.test(c)) as string | undefined;
  if (sqlState === "57014" || error.code === "P2028") return "timeout";
  if (sqlState && (UNAVAILABLE_SQLSTATES.has(sqlState) || sqlState.startsWith("08"))) return "unavailable";
  if (typeof error.kind === "string" && UNAVAILABLE_KINDS.has(error.kind)) return "unavailable";
  if (typeof error.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(error.code) || UNAVAILABLE_SOCKET_CODES.has(error.code))) return "unavailable";
  const adapterCause = error.meta?.driverAdapterError?.cause;
  if (adapterCause) {
    const found = troubleOf(adapterCause, depth + 1);
    if (found) return found;
  }
  if (error.cause && typeof error.cause === "object") {
    const found = troubleOf(error.cause as Described, depth + 1);
    if (found) return found;
  }
  if (typeof error.message === "string" && LOST_CONNECTION.test(error.message)) return "unavailable";
  return null;
}

export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  return error !== null && typeof error === "object" ? troubleOf(error as Described, 0) : null;
}
