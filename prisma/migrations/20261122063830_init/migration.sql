-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('REGION', 'MUNICIPALITY', 'HOSPITAL', 'GP_CLINIC', 'PLATFORM');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'COORDINATOR', 'CASEWORKER', 'CLINICIAN', 'READER');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('da', 'en');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('DRAFT', 'CONSULTATION', 'APPROVED', 'IN_FORCE', 'EXPIRED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "SectionKind" AS ENUM ('PART', 'CHAPTER', 'SECTION');

-- CreateEnum
CREATE TYPE "SectionLayer" AS ENUM ('POLITICAL', 'ADMINISTRATIVE', 'TOOLBOX');

-- CreateEnum
CREATE TYPE "AgreementArea" AS ENUM ('PREVENTION', 'TREATMENT_AND_CARE', 'REHABILITATION', 'CROSS_CUTTING', 'ORGANISATION', 'IMPLEMENTATION', 'GENERAL');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('REGION', 'MUNICIPALITY', 'GENERAL_PRACTICE', 'JOINT');

-- CreateEnum
CREATE TYPE "DeadlineUnit" AS ENUM ('HOURS', 'CALENDAR_DAYS', 'WORKING_DAYS', 'WEEKS', 'MONTHS', 'PROFESSIONAL_JUDGEMENT');

-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('MUST', 'SHOULD', 'MAY', 'COMMITS');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('MEDCOM_REFERRAL', 'MEDCOM_CLOSING_NOTE', 'MEDCOM_RECEIPT', 'CARE_COMMUNICATION', 'PHONE', 'LETTER', 'MEETING', 'PORTAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralMilestone" AS ENUM ('RECEIPT', 'DECISION', 'CLOSING_STATUS');

-- CreateEnum
CREATE TYPE "GoalKind" AS ENUM ('GOAL', 'BENCHMARK');

-- CreateEnum
CREATE TYPE "Direction" AS ENUM ('INCREASE', 'DECREASE', 'MAINTAIN');

-- CreateEnum
CREATE TYPE "MeasurementFrequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'ANNUAL', 'ONCE');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('NOT_ASSESSED', 'MET', 'PARTLY', 'MISSING');

-- CreateEnum
CREATE TYPE "ConsultationOutcome" AS ENUM ('PENDING', 'REJECTED', 'NOTED');

-- CreateEnum
CREATE TYPE "RiskFactor" AS ENUM ('DIET', 'SMOKING', 'ALCOHOL', 'EXERCISE', 'DRUGS', 'MENTAL_HEALTH', 'SEXUAL_HEALTH', 'OVERWEIGHT');

-- CreateEnum
CREATE TYPE "Diagnosis" AS ENUM ('COPD', 'TYPE2_DIABETES', 'HEART_DISEASE', 'CANCER', 'DEPRESSION_ANXIETY', 'MUSCULOSKELETAL');

-- CreateEnum
CREATE TYPE "OfferScope" AS ENUM ('GENERAL', 'DISEASE_SPECIFIC');

-- CreateEnum
CREATE TYPE "OfferOrientation" AS ENUM ('CITIZEN', 'PATIENT');

-- CreateEnum
CREATE TYPE "OfferFormat" AS ENUM ('INDIVIDUAL', 'GROUP', 'ONLINE');

-- CreateEnum
CREATE TYPE "ReferralRoute" AS ENUM ('REFERRAL_REQUIRED', 'CLARIFYING_CONVERSATION', 'DIRECT_ACCESS');

-- CreateEnum
CREATE TYPE "Capacity" AS ENUM ('OPEN', 'WAITING_LIST', 'CLOSED');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ReferralKind" AS ENUM ('OFFER', 'CLARIFYING_CONVERSATION');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED_OUT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ConsentBasis" AS ENUM ('AUTHORISED_NO_OBJECTION', 'ORAL_CONSENT', 'WRITTEN_CONSENT');

-- CreateEnum
CREATE TYPE "ReferralEventType" AS ENUM ('SENT', 'RECEIVED', 'ACCEPTED', 'REJECTED', 'REASSIGNED', 'STARTED', 'COMPLETED', 'DROPPED_OUT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REFERRAL_NEW', 'REFERRAL_RECEIVED', 'REFERRAL_ACCEPTED', 'REFERRAL_REJECTED', 'REFERRAL_REASSIGNED', 'REFERRAL_COMPLETED', 'REFERRAL_DROPPED_OUT', 'REFERRAL_CANCELLED', 'OFFER_REVIEW_DUE', 'GENERAL');

-- CreateEnum
CREATE TYPE "ForumKind" AS ENUM ('POLITICAL_COMMITTEE', 'ADMINISTRATIVE_FORUM', 'COORDINATION_GROUP', 'FOLLOW_UP_GROUP', 'WORKING_GROUP', 'CLARIFICATION_COMMITTEE', 'LOCAL_FORUM', 'CLUSTER', 'NETWORK');

-- CreateEnum
CREATE TYPE "CompositionRule" AS ENUM ('CROSS_SECTOR', 'REGION_AND_MUNICIPALITY', 'FREE');

-- CreateEnum
CREATE TYPE "ForumPosition" AS ENUM ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER');

-- CreateEnum
CREATE TYPE "SeatParty" AS ENUM ('REGION', 'MUNICIPALITY', 'GENERAL_PRACTICE', 'HOSPITAL', 'PATIENT_ORGANISATION', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('PLANNED', 'ONGOING', 'COMPLETED', 'PAUSED');

-- CreateEnum
CREATE TYPE "ResourceTag" AS ENUM ('WORKING_GROUP', 'THEME_DAY', 'WORKSHOP', 'SECRETARIAT', 'STAFF', 'BUDGET', 'PILOT', 'NONE', 'CANNOT_BE_ASSESSED');

-- CreateEnum
CREATE TYPE "YearHalf" AS ENUM ('H1', 'H2');

-- CreateEnum
CREATE TYPE "InitiativeDecisionKind" AS ENUM ('CONTINUE', 'WIND_DOWN');

-- CreateEnum
CREATE TYPE "DecisionStage" AS ENUM ('PROPOSED', 'FINAL');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('PREVIEW', 'CONFIRMED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "providerNumber" TEXT,
    "referralLocationNumber" TEXT,
    "regionId" TEXT,
    "municipalityId" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'da',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "generation" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'DRAFT',
    "basedOnVersionId" TEXT,
    "summary" TEXT,
    "consultationStartedAt" TIMESTAMP(3),
    "consultationEndsAt" DATE,
    "approvedAt" TIMESTAMP(3),
    "inForceFrom" DATE,
    "inForceTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "partyKind" "PartyKind" NOT NULL,
    "approvingBody" TEXT NOT NULL,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyApproval" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "approvedById" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "approvingBody" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartyApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "parentId" TEXT,
    "kind" "SectionKind" NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "layer" "SectionLayer" NOT NULL DEFAULT 'ADMINISTRATIVE',
    "area" "AgreementArea" NOT NULL DEFAULT 'GENERAL',
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SectionRevision" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SectionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Obligation" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "responsibleParty" "PartyKind" NOT NULL,
    "action" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "deadlineAmount" INTEGER,
    "deadlineUnit" "DeadlineUnit",
    "channel" "Channel",
    "modality" "Modality" NOT NULL,
    "source" TEXT,
    "referralMilestone" "ReferralMilestone",
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Obligation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "sectionId" TEXT,
    "lineageId" TEXT NOT NULL,
    "kind" "GoalKind" NOT NULL,
    "number" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "direction" "Direction" NOT NULL,
    "description" TEXT,
    "midTermStatus" TEXT,
    "finalStatus" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "baseline" DECIMAL(14,3),
    "baselineYear" INTEGER,
    "target" DECIMAL(14,3),
    "targetYear" INTEGER,
    "unit" TEXT NOT NULL,
    "method" TEXT,
    "dataSource" TEXT,
    "frequency" "MeasurementFrequency" NOT NULL DEFAULT 'ANNUAL',
    "responsibleForumId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "measuredOn" DATE NOT NULL,
    "value" DECIMAL(14,3) NOT NULL,
    "note" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Requirement" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementItem" (
    "id" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RequirementItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementAssessment" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'NOT_ASSESSED',
    "comment" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RequirementAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequirementAssessmentSection" (
    "assessmentId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,

    CONSTRAINT "RequirementAssessmentSection_pkey" PRIMARY KEY ("assessmentId","sectionId")
);

-- CreateTable
CREATE TABLE "ConsultationResponse" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "sectionId" TEXT,
    "respondent" TEXT NOT NULL,
    "organisationId" TEXT,
    "text" TEXT NOT NULL,
    "outcome" "ConsultationOutcome" NOT NULL DEFAULT 'PENDING',
    "comment" TEXT,
    "receivedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ConsultationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "riskFactors" "RiskFactor"[],
    "diagnoses" "Diagnosis"[],
    "scope" "OfferScope" NOT NULL DEFAULT 'GENERAL',
    "orientation" "OfferOrientation" NOT NULL DEFAULT 'CITIZEN',
    "targetAgeMin" INTEGER,
    "targetAgeMax" INTEGER,
    "targetGroup" TEXT NOT NULL DEFAULT '',
    "formats" "OfferFormat"[],
    "sessions" INTEGER,
    "durationWeeks" INTEGER,
    "schedule" TEXT,
    "languages" TEXT[] DEFAULT ARRAY['da']::TEXT[],
    "afterHours" BOOLEAN NOT NULL DEFAULT false,
    "specialNeedsSupport" TEXT,
    "relativesWelcome" BOOLEAN NOT NULL DEFAULT false,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "referralRoute" "ReferralRoute" NOT NULL DEFAULT 'CLARIFYING_CONVERSATION',
    "entryPointLocationNumber" TEXT,
    "capacity" "Capacity" NOT NULL DEFAULT 'OPEN',
    "waitingWeeksMin" INTEGER,
    "waitingWeeksMax" INTEGER,
    "evidenceBase" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "standardsConfirmedAt" TIMESTAMP(3),
    "specialisedConditionsConfirmedAt" TIMESTAMP(3),
    "lastConfirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewIntervalDays" INTEGER NOT NULL DEFAULT 180,
    "publishedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferLocation" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "municipalityId" TEXT,
    "accessibility" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OfferLocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerArrangement" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "citizenMunicipalityId" TEXT NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "kind" "ReferralKind" NOT NULL,
    "referringOrganisationId" TEXT NOT NULL,
    "referringUserId" TEXT NOT NULL,
    "citizenCpr" TEXT NOT NULL,
    "citizenName" TEXT NOT NULL,
    "residenceMunicipalityId" TEXT NOT NULL,
    "receivingMunicipalityId" TEXT NOT NULL,
    "offerId" TEXT,
    "reason" TEXT NOT NULL,
    "riskFactors" "RiskFactor"[],
    "diagnoses" "Diagnosis"[],
    "relevantInformation" TEXT,
    "specialNeeds" TEXT,
    "consentBasis" "ConsentBasis" NOT NULL,
    "consentNotedAt" TIMESTAMP(3),
    "status" "ReferralStatus" NOT NULL DEFAULT 'SENT',
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "receiptDueAt" TIMESTAMP(3),
    "decisionDueAt" TIMESTAMP(3),
    "closingDueAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "dropOutReason" TEXT,
    "cancellationReason" TEXT,
    "closingAttended" BOOLEAN,
    "closingGoal" TEXT,
    "closingBenefit" TEXT,
    "closingFollowUpNeeded" BOOLEAN,
    "closingFollowUpNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralEvent" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "type" "ReferralEventType" NOT NULL,
    "fromStatus" "ReferralStatus",
    "toStatus" "ReferralStatus" NOT NULL,
    "actorUserId" TEXT NOT NULL,
    "actorOrganisationId" TEXT NOT NULL,
    "note" TEXT,
    "fromOfferId" TEXT,
    "toOfferId" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralAccessLog" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'view',
    "accessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralAccessLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "referralId" TEXT,
    "params" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "parentId" TEXT,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "ForumKind" NOT NULL,
    "mandate" TEXT NOT NULL DEFAULT '',
    "compositionRule" "CompositionRule" NOT NULL DEFAULT 'FREE',
    "chairParty" "SeatParty",
    "viceChairParty" "SeatParty",
    "minMeetingsPerYear" INTEGER,
    "secretariatOrganisationId" TEXT,
    "secretariatNote" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumSeatRule" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "party" "SeatParty" NOT NULL,
    "minSeats" INTEGER NOT NULL DEFAULT 0,
    "maxSeats" INTEGER,

    CONSTRAINT "ForumSeatRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumMember" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "organisationId" TEXT,
    "party" "SeatParty" NOT NULL,
    "position" "ForumPosition" NOT NULL DEFAULT 'MEMBER',
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ForumMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "minutes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "initiativeId" TEXT,
    "sectionId" TEXT,
    "decision" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","memberId")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "importKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "InitiativeStatus" NOT NULL DEFAULT 'ONGOING',
    "progress" INTEGER,
    "sectionId" TEXT,
    "goalId" TEXT,
    "focusText" TEXT,
    "resourceTags" "ResourceTag"[],
    "resourcesText" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeFocusPeriod" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "half" "YearHalf",
    "activity" TEXT,

    CONSTRAINT "InitiativeFocusPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeDecision" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "decision" "InitiativeDecisionKind" NOT NULL,
    "stage" "DecisionStage" NOT NULL,
    "justification" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "meetingId" TEXT,
    "decidedOn" DATE NOT NULL,
    "recordedById" TEXT,
    "supersededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeMilestone" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE,
    "completedOn" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InitiativeMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeEvent" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "note" TEXT,
    "actorUserId" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeComment" (
    "id" TEXT NOT NULL,
    "initiativeId" TEXT NOT NULL,
    "parentId" TEXT,
    "forumId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeImport" (
    "id" TEXT NOT NULL,
    "forumId" TEXT,
    "fileName" TEXT NOT NULL,
    "fileSha256" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "rows" JSONB NOT NULL,
    "report" JSONB,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "InitiativeImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorOrganisationId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organisation_regionId_idx" ON "Organisation"("regionId");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_kind_code_key" ON "Organisation"("kind", "code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_role_key" ON "Membership"("userId", "organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_regionId_periodStart_key" ON "Agreement"("regionId", "periodStart");

-- CreateIndex
CREATE INDEX "AgreementVersion_status_idx" ON "AgreementVersion"("status");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_agreementId_number_key" ON "AgreementVersion"("agreementId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_versionId_organisationId_key" ON "AgreementParty"("versionId", "organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyApproval_versionId_organisationId_key" ON "PartyApproval"("versionId", "organisationId");

-- CreateIndex
CREATE INDEX "Section_versionId_parentId_position_idx" ON "Section"("versionId", "parentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Section_versionId_lineageId_key" ON "Section"("versionId", "lineageId");

-- CreateIndex
CREATE UNIQUE INDEX "SectionRevision_sectionId_revision_key" ON "SectionRevision"("sectionId", "revision");

-- CreateIndex
CREATE INDEX "Obligation_sectionId_idx" ON "Obligation"("sectionId");

-- CreateIndex
CREATE INDEX "Obligation_responsibleParty_idx" ON "Obligation"("responsibleParty");

-- CreateIndex
CREATE INDEX "Goal_versionId_idx" ON "Goal"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "Measurement_indicatorId_measuredOn_key" ON "Measurement"("indicatorId", "measuredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Requirement_code_key" ON "Requirement"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementItem_code_key" ON "RequirementItem"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RequirementAssessment_versionId_itemId_key" ON "RequirementAssessment"("versionId", "itemId");

-- CreateIndex
CREATE INDEX "ConsultationResponse_versionId_idx" ON "ConsultationResponse"("versionId");

-- CreateIndex
CREATE INDEX "Offer_ownerId_status_idx" ON "Offer"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Offer_status_idx" ON "Offer"("status");

-- CreateIndex
CREATE INDEX "PartnerArrangement_citizenMunicipalityId_idx" ON "PartnerArrangement"("citizenMunicipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerArrangement_offerId_citizenMunicipalityId_key" ON "PartnerArrangement"("offerId", "citizenMunicipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_reference_key" ON "Referral"("reference");

-- CreateIndex
CREATE INDEX "Referral_receivingMunicipalityId_status_sentAt_idx" ON "Referral"("receivingMunicipalityId", "status", "sentAt");

-- CreateIndex
CREATE INDEX "Referral_referringOrganisationId_sentAt_idx" ON "Referral"("referringOrganisationId", "sentAt");

-- CreateIndex
CREATE INDEX "Referral_offerId_idx" ON "Referral"("offerId");

-- CreateIndex
CREATE INDEX "ReferralEvent_referralId_occurredAt_idx" ON "ReferralEvent"("referralId", "occurredAt");

-- CreateIndex
CREATE INDEX "ReferralAccessLog_referralId_accessedAt_idx" ON "ReferralAccessLog"("referralId", "accessedAt");

-- CreateIndex
CREATE INDEX "ReferralAccessLog_userId_accessedAt_idx" ON "ReferralAccessLog"("userId", "accessedAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Forum_parentId_idx" ON "Forum"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Forum_regionId_name_key" ON "Forum"("regionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ForumSeatRule_forumId_party_key" ON "ForumSeatRule"("forumId", "party");

-- CreateIndex
CREATE INDEX "ForumMember_forumId_idx" ON "ForumMember"("forumId");

-- CreateIndex
CREATE INDEX "ForumMember_userId_idx" ON "ForumMember"("userId");

-- CreateIndex
CREATE INDEX "Meeting_forumId_startsAt_idx" ON "Meeting"("forumId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_forumId_importKey_key" ON "Initiative"("forumId", "importKey");

-- CreateIndex
CREATE INDEX "InitiativeDecision_initiativeId_createdAt_idx" ON "InitiativeDecision"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "InitiativeEvent_initiativeId_occurredAt_idx" ON "InitiativeEvent"("initiativeId", "occurredAt");

-- CreateIndex
CREATE INDEX "InitiativeComment_initiativeId_createdAt_idx" ON "InitiativeComment"("initiativeId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_occurredAt_idx" ON "AuditEvent"("actorUserId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorOrganisationId_occurredAt_idx" ON "AuditEvent"("actorOrganisationId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_basedOnVersionId_fkey" FOREIGN KEY ("basedOnVersionId") REFERENCES "AgreementVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyApproval" ADD CONSTRAINT "PartyApproval_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyApproval" ADD CONSTRAINT "PartyApproval_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyApproval" ADD CONSTRAINT "PartyApproval_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionRevision" ADD CONSTRAINT "SectionRevision_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SectionRevision" ADD CONSTRAINT "SectionRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Obligation" ADD CONSTRAINT "Obligation_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_responsibleForumId_fkey" FOREIGN KEY ("responsibleForumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementItem" ADD CONSTRAINT "RequirementItem_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "Requirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAssessment" ADD CONSTRAINT "RequirementAssessment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAssessment" ADD CONSTRAINT "RequirementAssessment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RequirementItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAssessmentSection" ADD CONSTRAINT "RequirementAssessmentSection_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "RequirementAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequirementAssessmentSection" ADD CONSTRAINT "RequirementAssessmentSection_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLocation" ADD CONSTRAINT "OfferLocation_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLocation" ADD CONSTRAINT "OfferLocation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerArrangement" ADD CONSTRAINT "PartnerArrangement_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerArrangement" ADD CONSTRAINT "PartnerArrangement_citizenMunicipalityId_fkey" FOREIGN KEY ("citizenMunicipalityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referringOrganisationId_fkey" FOREIGN KEY ("referringOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_referringUserId_fkey" FOREIGN KEY ("referringUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_residenceMunicipalityId_fkey" FOREIGN KEY ("residenceMunicipalityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_receivingMunicipalityId_fkey" FOREIGN KEY ("receivingMunicipalityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_actorOrganisationId_fkey" FOREIGN KEY ("actorOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_fromOfferId_fkey" FOREIGN KEY ("fromOfferId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_toOfferId_fkey" FOREIGN KEY ("toOfferId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralAccessLog" ADD CONSTRAINT "ReferralAccessLog_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralAccessLog" ADD CONSTRAINT "ReferralAccessLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralAccessLog" ADD CONSTRAINT "ReferralAccessLog_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_secretariatOrganisationId_fkey" FOREIGN KEY ("secretariatOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumSeatRule" ADD CONSTRAINT "ForumSeatRule_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "ForumMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeFocusPeriod" ADD CONSTRAINT "InitiativeFocusPeriod_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeDecision" ADD CONSTRAINT "InitiativeDecision_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeDecision" ADD CONSTRAINT "InitiativeDecision_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeDecision" ADD CONSTRAINT "InitiativeDecision_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeDecision" ADD CONSTRAINT "InitiativeDecision_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeMilestone" ADD CONSTRAINT "InitiativeMilestone_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeEvent" ADD CONSTRAINT "InitiativeEvent_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeEvent" ADD CONSTRAINT "InitiativeEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeComment" ADD CONSTRAINT "InitiativeComment_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeComment" ADD CONSTRAINT "InitiativeComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "InitiativeComment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeComment" ADD CONSTRAINT "InitiativeComment_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeComment" ADD CONSTRAINT "InitiativeComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeImport" ADD CONSTRAINT "InitiativeImport_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeImport" ADD CONSTRAINT "InitiativeImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorOrganisationId_fkey" FOREIGN KEY ("actorOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit trail and the referral access log are append-only: refuse UPDATE and DELETE on them.
-- (TRUNCATE, used only by the test suite between tests, is a table-level operation and not affected.)
CREATE FUNCTION refuse_change_of_append_only_row() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_row();

CREATE TRIGGER "ReferralAccessLog_append_only" BEFORE UPDATE OR DELETE ON "ReferralAccessLog"
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_row();
