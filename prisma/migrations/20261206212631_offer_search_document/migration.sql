-- The GP lookup's search document, part two (docs/decisions/021-lookup-statement-search-document.md):
-- the title as the lookup matches a typed word against it ("searchTitle": lower case, punctuation as
-- spaces, a leading space, so `LIKE '% word%'` finds the word at the start of a title word) and as it
-- sorts in Danish order ("sortTitle": æ, ø, å after z without ICU — DANISH_TITLE_ORDER in
-- lib/offers/search-query.ts), kept by the trigger that keeps "searchVector", so the lookup reads
-- them instead of computing them for every candidate row.
ALTER TABLE "Offer" ADD COLUMN "searchTitle" TEXT;
ALTER TABLE "Offer" ADD COLUMN "sortTitle" TEXT;

CREATE OR REPLACE FUNCTION offer_search_vector_refresh() RETURNS trigger AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('danish', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('danish', coalesce(NEW.summary, '')), 'B') ||
    setweight(to_tsvector('danish', coalesce(NEW.description, '') || ' ' || coalesce(NEW."targetGroup", '')), 'C');
  NEW."searchTitle" := ' ' || translate(lower(NEW.title), '-–(),.:/', '        ');
  NEW."sortTitle" := translate(lower(NEW.title), 'æøåäö', '{|}{|');
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

-- Also when a statement writes the document's own columns (a write must not leave them stale).
DROP TRIGGER "Offer_search_vector" ON "Offer";
CREATE TRIGGER "Offer_search_vector" BEFORE INSERT OR UPDATE OF title, summary, description, "targetGroup", "searchTitle", "sortTitle", "searchVector" ON "Offer"
  FOR EACH ROW EXECUTE FUNCTION offer_search_vector_refresh();

-- The offers already there.
UPDATE "Offer" SET title = title;
