/**
 * Walks the input schemas of lib/domain/<area>/schemas.ts (zod 4) and lists every field with what it
 * is: the id-field inventory of issue 18 (tests/unit/security/catalogue.test.ts) is built on this.
 */
import { z } from "zod";
import { id as idPrimitive } from "@/lib/validation/primitives";
import * as agreements from "@/lib/domain/agreements/schemas";
import * as audit from "@/lib/domain/audit/schemas";
import * as forums from "@/lib/domain/forums/schemas";
import * as initiatives from "@/lib/domain/initiatives/schemas";
import * as meetings from "@/lib/domain/meetings/schemas";
import * as notifications from "@/lib/domain/notifications/schemas";
import * as offers from "@/lib/domain/offers/schemas";
import * as referrals from "@/lib/domain/referrals/schemas";
import * as users from "@/lib/domain/users/schemas";

export const SCHEMA_MODULES: Record<string, Record<string, unknown>> = { agreements, audit, forums, initiatives, meetings, notifications, offers, referrals, users };

type Def = { type: string; [key: string]: unknown };
const def = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** True when `schema` is (or wraps) the `id` primitive. */
function containsId(schema: unknown, seen = new Set<unknown>()): boolean {
  if (!schema || typeof schema !== "object" || seen.has(schema)) return false;
  seen.add(schema);
  if (schema === idPrimitive) return true;
  const d = def(schema);
  const inner = [d.innerType, d.in, d.out, d.schema, d.element, d.left, d.right, ...(Array.isArray(d.options) ? d.options : [])];
  return inner.some((s) => containsId(s, seen));
}

/** The object shapes of a schema (through pipes, refinements, preprocess, unions). */
function shapes(schema: unknown, seen = new Set<unknown>()): Record<string, unknown>[] {
  if (!schema || typeof schema !== "object" || seen.has(schema) || !("_zod" in schema)) return [];
  seen.add(schema);
  const d = def(schema);
  if (d.type === "object") return [d.shape as Record<string, unknown>];
  const inner = [d.innerType, d.in, d.out, d.schema, d.left, d.right, ...(Array.isArray(d.options) ? d.options : [])];
  return inner.flatMap((s) => shapes(s, seen));
}

export type SchemaField = { schema: string; field: string; idTyped: boolean };

/** Every field of every exported schema: `area.exportName`, the field, whether it holds an id. */
export function schemaFields(): SchemaField[] {
  const fields: SchemaField[] = [];
  for (const [area, module] of Object.entries(SCHEMA_MODULES)) {
    for (const [name, value] of Object.entries(module)) {
      if (!(value instanceof z.ZodType)) continue;
      const seen = new Set<string>();
      for (const shape of shapes(value)) {
        for (const [field, fieldSchema] of Object.entries(shape)) {
          if (seen.has(field)) continue;
          seen.add(field);
          // An id by type (the `id` primitive) or by name (a text field called …Id holding a row id).
          fields.push({ schema: `${area}.${name}`, field, idTyped: containsId(fieldSchema) || /(^id$|Id$)/.test(field) });
        }
      }
    }
  }
  return fields;
}
