-- The referral reference drawn from a counter per year instead of under an advisory lock held for the
-- whole creation (issue 13's load test). Started from the highest reference already given each year.
CREATE TABLE "ReferralReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReferralReferenceCounter_pkey" PRIMARY KEY ("year")
);

INSERT INTO "ReferralReferenceCounter" ("year", "last")
SELECT substr("reference", 3, 4)::int, max(substr("reference", 8)::int)
FROM "Referral"
WHERE "reference" ~ '^H-[0-9]{4}-[0-9]+$'
GROUP BY 1;
