import type { PrismaClient } from "@/lib/generated/prisma/client";

/** The client domain operations receive: the app's client, or a test's, or a transaction's. */
export type Db = PrismaClient;
/** The transaction client handed to the callback of `db.$transaction`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
