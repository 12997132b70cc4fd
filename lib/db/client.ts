import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPrismaClient } from "./create-client";

/**
 * One Prisma client per process. In development, Next's hot reload re-evaluates modules, so the
 * instance is kept on globalThis to avoid opening a new pool on every reload.
 */
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForDb.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForDb.prisma = db;
