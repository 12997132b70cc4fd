/**
 * The embedded default database: PostgreSQL 17 compiled to WebAssembly (PGlite), served over the
 * PostgreSQL wire protocol on a loopback port, so Prisma, migrations and the seed run exactly the
 * same code path as against a real server (docs/decisions/002-embedded-pglite-default.md).
 *
 * Started by scripts/start.ts when DATABASE_URL is not set. Data lives in `.data/pglite` and
 * survives restarts. PGlite serves one connection at a time; the app uses a one-connection pool then.
 */
import fs from "node:fs";
import path from "node:path";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const EMBEDDED_DATA_DIR = path.resolve(process.env.EMBEDDED_DATA_DIR ?? ".data/pglite");

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export async function startEmbeddedDatabase(preferredPort = 54329): Promise<EmbeddedDatabase> {
  fs.mkdirSync(EMBEDDED_DATA_DIR, { recursive: true });
  // Extensions must be handed to PGlite at creation for migrations to be able to CREATE EXTENSION.
  const db = await PGlite.create({ dataDir: EMBEDDED_DATA_DIR, extensions: { pg_trgm, unaccent } });
  const port = await freePort(preferredPort);
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => {
      const fallback = net.createServer();
      fallback.listen(0, "127.0.0.1", () => {
        const port = (fallback.address() as net.AddressInfo).port;
        fallback.close(() => resolve(port));
      });
    });
    probe.listen(preferred, "127.0.0.1", () => probe.close(() => resolve(preferred)));
  });
}
