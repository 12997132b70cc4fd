import { offerSearchSql } from "../lib/offers/search-query";
import { offerSearchSqlBefore } from "./support/lookup-statement-before";
const f = { q: process.argv[2], municipalityCode: process.argv[3] || undefined };
const s = (process.argv[4] === "before" ? offerSearchSqlBefore : offerSearchSql)(f, { limit: 20, offset: 0 });
let text = s.text;
const lit = (v: unknown) => typeof v === "number" ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
text = text.replace(/\$(\d+)/g, (_, n) => lit(s.values[Number(n) - 1]));
console.log(text.replace(/\s+/g, " ") + ";");
