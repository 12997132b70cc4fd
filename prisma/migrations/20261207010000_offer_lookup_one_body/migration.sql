-- offer_lookup with one body (review of decision 021): the two statements of offer_lookup_function
-- differed only in their candidates, so the rest of the lookup — the words, the facts per candidate
-- and word, the ranking of decision 015, the page — was written twice. One statement now; its
-- candidates are a UNION ALL of the two sources, each gated by whether a residence municipality was
-- given. The gate is a parameter-only condition, so a plan kept by PL/pgSQL (generic) carries it as a
-- one-time filter and runs only the branch that applies: the municipality's few dozen offers still
-- come by the owner and partner indexes, the national lookup still reads every published offer.
-- The words' facts are summed per candidate in a LATERAL aggregate (see `s` below): the old join of
-- candidates × words back to the candidates ran for 30–40 s under PL/pgSQL's generic plan.
-- Same arguments, same result type, same rows and ranks (bench/offers-lookup-sql.ts checks the rows
-- against the frozen statement before decision 021; tests/integration/offers-relevance.test.ts).
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
BEGIN
  RETURN QUERY
  WITH w AS MATERIALIZED (
    SELECT u.i, u.word, to_tsquery('danish', u.tsq) AS q, to_tsquery('danish', u.fa) AS qa, to_tsquery('danish', u.fb) AS qb, u.fuzzy,
      string_to_array(u.risk, ',')::"RiskFactor"[] AS risk, string_to_array(u.diag, ',')::"Diagnosis"[] AS diag,
      (NOT u.concept AND numnode(to_tsquery('danish', u.tsq)) = 0) AS stop, '% ' || u.word || '%' AS pattern
    FROM unnest(p_words, p_tsq, p_family_a, p_family_b, p_fuzzy, p_concept, p_risk, p_diagnoses) WITH ORDINALITY AS u(word, tsq, fa, fb, fuzzy, concept, risk, diag, i)
  ), k AS MATERIALIZED (
    SELECT CASE WHEN p_all = '' THEN NULL ELSE to_tsquery('danish', p_all) END AS q_all, coalesce(bool_and(w.stop), true) AS only_stop FROM w
  ), cand AS (
    SELECT c.id, c."sortTitle", c."searchVector" AS v, c."searchTitle" AS st, c."riskFactors" AS rf, c.diagnoses AS dg,
      c.title || ' ' || c.summary AS txt, c.own
    FROM (
      -- Without a residence municipality: every offer; a municipality's own offers earn the bonus (the
      -- municipalities hashed once: the kept plan, estimating one candidate, scanned the owners per offer).
      SELECT o.*, (o."ownerId" IN (SELECT ow.id FROM "Organisation" ow WHERE ow.kind = 'MUNICIPALITY')) AS own
      FROM "Offer" o
      WHERE p_municipality IS NULL
      UNION ALL
      -- With one: its own, its region's and its partners' offers (by the owner and partner indexes).
      SELECT o.*, (o."ownerId" = p_municipality) AS own
      FROM "Offer" o
      WHERE p_municipality IS NOT NULL AND o.id IN (
        SELECT y.id FROM "Offer" y WHERE y."ownerId" IN (p_municipality, p_region) AND y.status = 'PUBLISHED'
        UNION ALL
        SELECT pa."offerId" FROM "PartnerArrangement" pa WHERE pa."citizenMunicipalityId" = p_municipality
          AND (pa."validFrom" IS NULL OR pa."validFrom" <= CURRENT_DATE) AND (pa."validTo" IS NULL OR pa."validTo" >= CURRENT_DATE)
      )
    ) c
    -- Pushed down into each branch by the planner: each branch reads "Offer" once, its own way.
    WHERE c.status = 'PUBLISHED' AND (c."validTo" IS NULL OR c."validTo" >= CURRENT_DATE)
      AND (p_risk_factor IS NULL OR c."riskFactors" @> ARRAY[p_risk_factor::"RiskFactor"])
      AND (p_diagnosis IS NULL OR c.diagnoses @> ARRAY[p_diagnosis::"Diagnosis"])
      AND (p_age IS NULL OR ((c."targetAgeMin" IS NULL OR c."targetAgeMin" <= p_age) AND (c."targetAgeMax" IS NULL OR c."targetAgeMax" >= p_age)))
      AND (p_format IS NULL OR c.formats @> ARRAY[p_format::"OfferFormat"])
      AND (p_language IS NULL OR p_language = ANY(c.languages))
      AND (p_after_hours IS NOT TRUE OR c."afterHours" = true)
      AND (p_referral_route IS NULL OR c."referralRoute" = p_referral_route::"ReferralRoute")
  ), s AS (
    -- Per candidate, its words' facts summed (no words: nothing matched): a LATERAL aggregate over
    -- the few words. Not candidates × words joined back to the candidates and grouped, as before:
    -- PL/pgSQL keeps a generic plan from a connection's sixth call on, which estimates one candidate
    -- (the filters' parameters are unknown), so that join became a nested loop of every published
    -- offer against every offer's word facts — 33–44 s for a national lookup (EXPLAIN by auto_explain).
    SELECT c.id, c."sortTitle", c.v, c.own, a.matched, a.d, a.score, a.sim
    FROM cand c CROSS JOIN LATERAL (
      SELECT coalesce(sum(CASE WHEN f.h THEN 1 ELSE 0 END), 0)::int AS matched,
        coalesce(bool_or(f.d), false) AS d, coalesce(sum(f.score), 0) AS score, coalesce(sum(0.5 * f.s), 0) AS sim
      FROM (
        SELECT x.s,
          (NOT w.stop AND (c.v @@ w.q OR c.rf && w.risk OR c.dg && w.diag OR coalesce(x.s >= p_fuzzy_threshold, false))) AS h,
          (NOT w.stop AND (x.t OR x.a OR x.b OR coalesce(x.s >= p_fuzzy_threshold, false))) AS d,
          (CASE WHEN w.stop THEN 0 WHEN x.t THEN 1.0 WHEN x.a THEN 0.6 WHEN x.b THEN 0.3 ELSE 0 END
            + CASE WHEN c.rf && w.risk THEN 0.1 ELSE 0 END + CASE WHEN c.dg && w.diag THEN 0.1 ELSE 0 END) AS score
        FROM w CROSS JOIN LATERAL (
          SELECT c.st LIKE w.pattern AS t, c.v @@ w.qa AS a, c.v @@ w.qb AS b,
            CASE WHEN w.fuzzy THEN word_similarity(w.word, c.txt) END AS s
          OFFSET 0
        ) x
      ) f
    ) a
  ), ranked AS (
    SELECT s.id, s."sortTitle", s.matched, (k.only_stop OR s.d) AS direct,
      CASE WHEN k.q_all IS NULL THEN 0::float8
        ELSE (0.1 * ts_rank_cd(s.v, k.q_all, 1) + (CASE WHEN s.own THEN 0.05 ELSE 0 END) + s.score + s.sim)::float8 END AS rank,
      max(s.matched) OVER () AS best
    FROM s CROSS JOIN k
    WHERE k.only_stop OR s.matched > 0
  ), page AS (
    SELECT r.*, count(*) OVER () AS total FROM ranked r WHERE r.matched = r.best
    ORDER BY r.direct DESC, r.rank DESC, r."sortTitle", r.id
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
-- One plan per connection, made on the first call and kept (what decision 021 meant): by default
-- PL/pgSQL plans a statement anew with the call's values while that looks cheaper than the kept
-- plan — and a plan holding both branches always looks dearer, so every call was planned (~1–6 ms,
-- the statement itself runs in ~1 ms for a municipality). The gated branches keep the kept plan right.
SET plan_cache_mode = force_generic_plan;
