-- The GP lookup at ≥ 3 × the statements/s of the statement before decision 021, and the national lookup
-- (no residence municipality) no longer slower than before it: docs/decisions/041-lookup-gin-one-word.md.
--
-- 1. GIN indexes on the search document and the tags (declared in prisma/schema.prisma: Prisma 6.19
--    declares a GIN index on the `Unsupported("tsvector")` column, so decision 005's reason is gone).
--    The national lookup's candidates are the offers a word can match — by text (`searchVector` @@ the
--    words' tsquery), by tag (`riskFactors` && …, `diagnoses` && …) — not every published offer.
-- 2. offer_lookup runs one of two statements, each planned once per connection (force_generic_plan):
--    - a residence municipality and at most one word (what a GP types most): the word's tsqueries are
--      PL/pgSQL variables, its facts plain expressions on each candidate row (no per-candidate
--      LATERAL over the words), the page's columns carried from the candidate scan (no second read of
--      "Offer");
--    - otherwise the statement of migration offer_lookup_one_body, with the national candidates from
--      the GIN indexes (every published offer when only stop words or a typo-able word were typed:
--      a typo matches by trigram similarity, which no index here answers).
-- 3. Both compute `ts_rank_cd` only for the rows of a tier the page reaches (direct ones first,
--    decision 015): its cost is a zeroed buffer of ~32 kB per item of the query (PostgreSQL's
--    QueryRepresentationOperand), ~9 µs a row for a concept's eight-term expansion — most of the
--    national lookup's time when it was computed for every related offer.
-- Same arguments, same result type, same rows and ranks (bench/offers-lookup-sql.ts checks them against
-- the frozen statement before decision 021; tests/integration/offers-lookup-paths.test.ts).

CREATE INDEX "Offer_searchVector_idx" ON "Offer" USING GIN ("searchVector");
CREATE INDEX "Offer_riskFactors_idx" ON "Offer" USING GIN ("riskFactors");
CREATE INDEX "Offer_diagnoses_idx" ON "Offer" USING GIN ("diagnoses");

CREATE OR REPLACE FUNCTION offer_lookup(
  p_municipality TEXT, p_region TEXT,
  p_words TEXT[], p_tsq TEXT[], p_family_a TEXT[], p_family_b TEXT[], p_fuzzy BOOLEAN[], p_concept BOOLEAN[],
  p_risk TEXT[], p_diagnoses TEXT[], p_all TEXT, p_fuzzy_threshold REAL,
  p_risk_factor TEXT, p_diagnosis TEXT, p_age INTEGER, p_format TEXT, p_language TEXT, p_after_hours BOOLEAN, p_referral_route TEXT,
  p_limit INTEGER, p_offset INTEGER
) RETURNS TABLE (
  id TEXT, title TEXT, summary TEXT, "ownerId" TEXT, "ownerName" TEXT, "ownerKind" TEXT, "ownerReferralLocationNumber" TEXT,
  "ownerPhone" TEXT, "entryPointLocationNumber" TEXT, "referralRoute" TEXT, capacity TEXT, "waitingWeeksMin" INTEGER,
  "waitingWeeksMax" INTEGER, formats TEXT[], languages TEXT[], "afterHours" BOOLEAN, "targetAgeMin" INTEGER, "targetAgeMax" INTEGER,
  "contactPhone" TEXT, "lastConfirmedAt" TIMESTAMP(3), "reviewIntervalDays" INTEGER, "viaPartner" BOOLEAN,
  matched INTEGER, direct BOOLEAN, rank DOUBLE PRECISION, "sortTitle" TEXT, best INTEGER, total BIGINT, city TEXT
) AS $$
#variable_conflict use_column
DECLARE
  -- The one word's facts, for the first statement (NULL without a word; arrays are 1-based).
  one_q tsquery := to_tsquery('danish', p_tsq[1]);
  one_qa tsquery := to_tsquery('danish', p_family_a[1]);
  one_qb tsquery := to_tsquery('danish', p_family_b[1]);
  -- No word, or a Danish stop word: the text restricts nothing (decision 015).
  one_stop boolean := coalesce(NOT p_concept[1] AND numnode(one_q) = 0, true);
  one_risk "RiskFactor"[] := string_to_array(p_risk[1], ',')::"RiskFactor"[];
  one_diag "Diagnosis"[] := string_to_array(p_diagnoses[1], ',')::"Diagnosis"[];
  one_pattern text := '% ' || p_words[1] || '%';
  one_word text := CASE WHEN p_fuzzy[1] THEN p_words[1] END;
  q_all tsquery := CASE WHEN p_all = '' THEN NULL ELSE to_tsquery('danish', p_all) END;
BEGIN
  IF p_municipality IS NOT NULL AND coalesce(array_length(p_words, 1), 0) <= 1 THEN
    RETURN QUERY
    WITH cand AS (
      -- The municipality's own and its region's offers (owner index), and its partners' (partner index).
      SELECT c.*, c.title || ' ' || c.summary AS txt, CASE WHEN one_word IS NOT NULL THEN word_similarity(one_word, c.title || ' ' || c.summary) END AS s
      FROM (
        SELECT o.*, (o."ownerId" = p_municipality) AS own
        FROM "Offer" o
        WHERE o."ownerId" IN (p_municipality, p_region) AND o.status = 'PUBLISHED'
        UNION ALL
        SELECT o.*, false AS own
        FROM "PartnerArrangement" pa JOIN "Offer" o ON o.id = pa."offerId"
        WHERE pa."citizenMunicipalityId" = p_municipality
          AND (pa."validFrom" IS NULL OR pa."validFrom" <= CURRENT_DATE) AND (pa."validTo" IS NULL OR pa."validTo" >= CURRENT_DATE)
          AND o."ownerId" <> p_municipality AND o."ownerId" IS DISTINCT FROM p_region
      ) c
      WHERE c.status = 'PUBLISHED' AND (c."validTo" IS NULL OR c."validTo" >= CURRENT_DATE)
        AND (p_risk_factor IS NULL OR c."riskFactors" @> ARRAY[p_risk_factor::"RiskFactor"])
        AND (p_diagnosis IS NULL OR c.diagnoses @> ARRAY[p_diagnosis::"Diagnosis"])
        AND (p_age IS NULL OR ((c."targetAgeMin" IS NULL OR c."targetAgeMin" <= p_age) AND (c."targetAgeMax" IS NULL OR c."targetAgeMax" >= p_age)))
        AND (p_format IS NULL OR c.formats @> ARRAY[p_format::"OfferFormat"])
        AND (p_language IS NULL OR p_language = ANY(c.languages))
        AND (p_after_hours IS NOT TRUE OR c."afterHours" = true)
        AND (p_referral_route IS NULL OR c."referralRoute" = p_referral_route::"ReferralRoute")
    ), f AS (
      -- The word's facts (decision 015): matched (text, tag, typo), the word at the start of a title word
      -- (1.0), its family in the title (0.6) or summary (0.3).
      SELECT c.*,
        (NOT one_stop AND (c."searchVector" @@ one_q OR c."riskFactors" && one_risk OR c.diagnoses && one_diag OR coalesce(c.s >= p_fuzzy_threshold, false))) AS h,
        CASE WHEN one_stop THEN 0 WHEN c."searchTitle" LIKE one_pattern THEN 1.0 WHEN c."searchVector" @@ one_qa THEN 0.6
          WHEN c."searchVector" @@ one_qb THEN 0.3 ELSE 0 END AS t
      FROM cand c
    ), ranked AS (
      SELECT f.id, f.title, f.summary, f."ownerId", f."entryPointLocationNumber", f."referralRoute", f.capacity, f."waitingWeeksMin",
        f."waitingWeeksMax", f.formats, f.languages, f."afterHours", f."targetAgeMin", f."targetAgeMax", f."contactPhone",
        f."lastConfirmedAt", f."reviewIntervalDays", f."sortTitle", f."searchVector" AS v, f.own,
        f.t + CASE WHEN f."riskFactors" && one_risk THEN 0.1 ELSE 0 END + CASE WHEN f.diagnoses && one_diag THEN 0.1 ELSE 0 END AS score,
        coalesce(0.5 * f.s, 0) AS sim, f.h::int AS matched,
        (one_stop OR f.t > 0 OR coalesce(f.s >= p_fuzzy_threshold, false)) AS direct, max(f.h::int) OVER () AS best
      FROM f
      WHERE one_stop OR f.h
    ), tiered AS (
      SELECT r.*, count(*) OVER () AS total, count(*) FILTER (WHERE r.direct) OVER () AS ndirect FROM ranked r WHERE r.matched = r.best
    ), page AS (
      SELECT t.*,
        CASE WHEN q_all IS NULL THEN 0::float8
          -- The full-text rank only for the rows of a tier the page reaches (item 3 above).
          WHEN (t.direct AND p_offset < t.ndirect) OR (NOT t.direct AND p_offset + p_limit > t.ndirect)
          THEN (0.1 * ts_rank_cd(t.v, q_all, 1) + (CASE WHEN t.own THEN 0.05 ELSE 0 END) + t.score + t.sim)::float8
          ELSE 0::float8 END AS rank
      FROM tiered t
      ORDER BY t.direct DESC, rank DESC, t."sortTitle", t.id
      LIMIT p_limit OFFSET p_offset
    )
    SELECT p.id, p.title, p.summary, p."ownerId", ow.name, ow.kind::text, ow."referralLocationNumber", ow.phone,
      p."entryPointLocationNumber", p."referralRoute"::text, p.capacity::text, p."waitingWeeksMin", p."waitingWeeksMax",
      p.formats::text[], p.languages, p."afterHours", p."targetAgeMin", p."targetAgeMax", p."contactPhone", p."lastConfirmedAt",
      p."reviewIntervalDays", (p."ownerId" <> p_municipality AND p."ownerId" IS DISTINCT FROM p_region),
      p.matched, p.direct, p.rank, p."sortTitle", p.best::int, p.total,
      (SELECT l.city FROM "OfferLocation" l WHERE l."offerId" = p.id ORDER BY l.position, l.id LIMIT 1)
    FROM page p CROSS JOIN LATERAL (SELECT o.name, o.kind, o."referralLocationNumber", o.phone FROM "Organisation" o WHERE o.id = p."ownerId") ow
    ORDER BY p.direct DESC, p.rank DESC, p."sortTitle", p.id;
    RETURN;
  END IF;

  -- Several words, or none, or no residence municipality: the words are rows, their facts summed per
  -- candidate in a LATERAL aggregate (migration offer_lookup_one_body).
  RETURN QUERY
  WITH w AS MATERIALIZED (
    SELECT u.i, u.word, to_tsquery('danish', u.tsq) AS q, to_tsquery('danish', u.fa) AS qa, to_tsquery('danish', u.fb) AS qb, u.fuzzy,
      string_to_array(u.risk, ',')::"RiskFactor"[] AS risk, string_to_array(u.diag, ',')::"Diagnosis"[] AS diag,
      (NOT u.concept AND numnode(to_tsquery('danish', u.tsq)) = 0) AS stop, '% ' || u.word || '%' AS pattern
    FROM unnest(p_words, p_tsq, p_family_a, p_family_b, p_fuzzy, p_concept, p_risk, p_diagnoses) WITH ORDINALITY AS u(word, tsq, fa, fb, fuzzy, concept, risk, diag, i)
  ), k AS MATERIALIZED (
    -- Whether the text restricts nothing (only stop words), whether a typo may match (no index answers
    -- trigram similarity here), and what the national candidates must match: some word's text or tags.
    SELECT coalesce(bool_and(w.stop), true) AS only_stop, coalesce(bool_or(w.fuzzy AND NOT w.stop), false) AS typo,
      coalesce(array_agg(DISTINCT r) FILTER (WHERE r IS NOT NULL AND NOT w.stop), '{}') AS risk_any,
      coalesce(array_agg(DISTINCT d) FILTER (WHERE d IS NOT NULL AND NOT w.stop), '{}') AS diag_any
    FROM w LEFT JOIN LATERAL unnest(w.risk) r ON true LEFT JOIN LATERAL unnest(w.diag) d ON true
  ), cand AS (
    SELECT c.id, c."sortTitle", c."searchVector" AS v, c."searchTitle" AS st, c."riskFactors" AS rf, c.diagnoses AS dg,
      c.title || ' ' || c.summary AS txt, c.own
    FROM (
      -- Without a residence municipality, when the text restricts nothing or a typo may match: every
      -- published offer; a municipality's own offers earn the bonus (the municipalities hashed once).
      SELECT o.*, (o."ownerId" IN (SELECT ow.id FROM "Organisation" ow WHERE ow.kind = 'MUNICIPALITY')) AS own
      FROM "Offer" o
      WHERE p_municipality IS NULL AND (SELECT k.only_stop OR k.typo FROM k)
      UNION ALL
      -- Otherwise the offers some word matches by text or tag (GIN indexes): a superset of those
      -- matching at least one word, which are the result (decision 015).
      SELECT o.*, (o."ownerId" IN (SELECT ow.id FROM "Organisation" ow WHERE ow.kind = 'MUNICIPALITY')) AS own
      FROM "Offer" o
      WHERE p_municipality IS NULL AND NOT (SELECT k.only_stop OR k.typo FROM k)
        AND (o."searchVector" @@ q_all OR o."riskFactors" && (SELECT k.risk_any FROM k) OR o.diagnoses && (SELECT k.diag_any FROM k))
      UNION ALL
      -- With one: its own, its region's and its partners' offers (by the owner and partner indexes).
      SELECT o.*, (o."ownerId" = p_municipality) AS own
      FROM "Offer" o
      WHERE p_municipality IS NOT NULL AND o."ownerId" IN (p_municipality, p_region) AND o.status = 'PUBLISHED'
      UNION ALL
      SELECT o.*, false AS own
      FROM "PartnerArrangement" pa JOIN "Offer" o ON o.id = pa."offerId"
      WHERE p_municipality IS NOT NULL AND pa."citizenMunicipalityId" = p_municipality
        AND (pa."validFrom" IS NULL OR pa."validFrom" <= CURRENT_DATE) AND (pa."validTo" IS NULL OR pa."validTo" >= CURRENT_DATE)
        AND o."ownerId" <> p_municipality AND o."ownerId" IS DISTINCT FROM p_region
    ) c
    -- Pushed down into each branch by the planner.
    WHERE c.status = 'PUBLISHED' AND (c."validTo" IS NULL OR c."validTo" >= CURRENT_DATE)
      AND (p_risk_factor IS NULL OR c."riskFactors" @> ARRAY[p_risk_factor::"RiskFactor"])
      AND (p_diagnosis IS NULL OR c.diagnoses @> ARRAY[p_diagnosis::"Diagnosis"])
      AND (p_age IS NULL OR ((c."targetAgeMin" IS NULL OR c."targetAgeMin" <= p_age) AND (c."targetAgeMax" IS NULL OR c."targetAgeMax" >= p_age)))
      AND (p_format IS NULL OR c.formats @> ARRAY[p_format::"OfferFormat"])
      AND (p_language IS NULL OR p_language = ANY(c.languages))
      AND (p_after_hours IS NOT TRUE OR c."afterHours" = true)
      AND (p_referral_route IS NULL OR c."referralRoute" = p_referral_route::"ReferralRoute")
  ), s AS (
    -- Per candidate, its words' facts summed (no words: nothing matched).
    SELECT c.id, c."sortTitle", c.v, c.own, a.matched, a.d, a.score, a.sim
    FROM cand c CROSS JOIN LATERAL (
      SELECT coalesce(sum(CASE WHEN f.h THEN 1 ELSE 0 END), 0)::int AS matched,
        coalesce(bool_or(f.d), false) AS d, coalesce(sum(f.score), 0) AS score, coalesce(sum(0.5 * f.s), 0) AS sim
      FROM (
        SELECT x.s,
          (NOT w.stop AND (c.v @@ w.q OR c.rf && w.risk OR c.dg && w.diag OR coalesce(x.s >= p_fuzzy_threshold, false))) AS h,
          (NOT w.stop AND (x.t > 0 OR coalesce(x.s >= p_fuzzy_threshold, false))) AS d,
          (x.t + CASE WHEN c.rf && w.risk THEN 0.1 ELSE 0 END + CASE WHEN c.dg && w.diag THEN 0.1 ELSE 0 END) AS score
        FROM w CROSS JOIN LATERAL (
          SELECT CASE WHEN w.stop THEN 0 WHEN c.st LIKE w.pattern THEN 1.0 WHEN c.v @@ w.qa THEN 0.6 WHEN c.v @@ w.qb THEN 0.3 ELSE 0 END AS t,
            CASE WHEN w.fuzzy THEN word_similarity(w.word, c.txt) END AS s
          OFFSET 0
        ) x
      ) f
    ) a
  ), ranked AS (
    SELECT s.id, s."sortTitle", s.v, s.own, s.score, s.sim, s.matched, (k.only_stop OR s.d) AS direct, max(s.matched) OVER () AS best
    FROM s CROSS JOIN k
    WHERE k.only_stop OR s.matched > 0
  ), tiered AS (
    SELECT r.*, count(*) OVER () AS total, count(*) FILTER (WHERE r.direct) OVER () AS ndirect FROM ranked r WHERE r.matched = r.best
  ), page AS (
    SELECT t.id, t."sortTitle", t.matched, t.direct, t.best, t.total,
      CASE WHEN q_all IS NULL THEN 0::float8
        WHEN (t.direct AND p_offset < t.ndirect) OR (NOT t.direct AND p_offset + p_limit > t.ndirect)
        THEN (0.1 * ts_rank_cd(t.v, q_all, 1) + (CASE WHEN t.own THEN 0.05 ELSE 0 END) + t.score + t.sim)::float8
        ELSE 0::float8 END AS rank
    FROM tiered t
    ORDER BY t.direct DESC, rank DESC, t."sortTitle", t.id
    LIMIT p_limit OFFSET p_offset
  )
  SELECT o.id, o.title, o.summary, o."ownerId", ow.name, ow.kind::text, ow."referralLocationNumber", ow.phone,
    o."entryPointLocationNumber", o."referralRoute"::text, o.capacity::text, o."waitingWeeksMin", o."waitingWeeksMax",
    o.formats::text[], o.languages, o."afterHours", o."targetAgeMin", o."targetAgeMax", o."contactPhone", o."lastConfirmedAt",
    o."reviewIntervalDays", (p_municipality IS NOT NULL AND o."ownerId" <> p_municipality AND o."ownerId" IS DISTINCT FROM p_region),
    p.matched, p.direct, p.rank, p."sortTitle", p.best::int, p.total,
    (SELECT l.city FROM "OfferLocation" l WHERE l."offerId" = o.id ORDER BY l.position, l.id LIMIT 1)
  FROM page p JOIN "Offer" o ON o.id = p.id JOIN "Organisation" ow ON ow.id = o."ownerId"
  ORDER BY p.direct DESC, p.rank DESC, p."sortTitle", p.id;
END;
$$ LANGUAGE plpgsql STABLE
-- One plan per statement per connection, made on its first call and kept (decision 021).
SET plan_cache_mode = force_generic_plan;
