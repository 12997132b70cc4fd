-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Section" ADD COLUMN     "searchVector" tsvector;

-- Extensions for Danish search: trigram similarity (typos, compounds) and accent folding.
-- The embedded PGlite server is created with both (scripts/embedded-database.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The search documents are kept by triggers (not GENERATED columns, which Prisma's drift check
-- cannot represent). No GIN index: Prisma cannot declare one on an Unsupported column and its drift
-- check would flag it; at national scale (~4,000 offers, hundreds of sections per agreement) a scan
-- of the precomputed tsvector costs milliseconds (see docs/decisions/005-search-without-gin.md).
CREATE FUNCTION offer_search_vector_refresh() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('danish', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('danish', coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector('danish', coalesce(NEW.description, '') || ' ' || coalesce(NEW."targetGroup", '')), 'C');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Offer_search_vector" BEFORE INSERT OR UPDATE OF title, summary, description, "targetGroup" ON "Offer"
  FOR EACH ROW EXECUTE FUNCTION offer_search_vector_refresh();

CREATE FUNCTION section_search_vector_refresh() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('danish', coalesce(NEW.number, '') || ' ' || coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('danish', coalesce(NEW.body, '')), 'B');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Section_search_vector" BEFORE INSERT OR UPDATE OF number, title, body ON "Section"
  FOR EACH ROW EXECUTE FUNCTION section_search_vector_refresh();
