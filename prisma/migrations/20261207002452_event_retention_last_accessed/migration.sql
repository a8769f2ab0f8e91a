-- CreateTable
CREATE TABLE "EventRetention" (
    "accountId" VARCHAR(12) NOT NULL,
    "retentionDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventRetention_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "ServiceLastAccess" (
    "entityId" VARCHAR(21) NOT NULL,
    "service" VARCHAR(64) NOT NULL,
    "action" VARCHAR(128) NOT NULL DEFAULT '',
    "accountId" VARCHAR(12) NOT NULL,
    "userId" VARCHAR(21),
    "roleId" VARCHAR(21),
    "entityArn" VARCHAR(2048) NOT NULL,
    "lastAccessed" TIMESTAMPTZ(3) NOT NULL,
    "sessionArn" VARCHAR(2048),
    "sourceIdentity" VARCHAR(64),

    CONSTRAINT "ServiceLastAccess_pkey" PRIMARY KEY ("entityId","service","action")
);

-- CreateTable
CREATE TABLE "LastAccessedJob" (
    "id" VARCHAR(36) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "arn" VARCHAR(2048) NOT NULL,
    "granularity" VARCHAR(16) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "completedAt" TIMESTAMPTZ(3) NOT NULL,
    "report" JSONB NOT NULL,

    CONSTRAINT "LastAccessedJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceLastAccess_userId_idx" ON "ServiceLastAccess"("userId");

-- CreateIndex
CREATE INDEX "ServiceLastAccess_roleId_idx" ON "ServiceLastAccess"("roleId");

-- CreateIndex
CREATE INDEX "LastAccessedJob_accountId_createdAt_idx" ON "LastAccessedJob"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_time_idx" ON "AuditEvent"("time");

-- AddForeignKey
ALTER TABLE "EventRetention" ADD CONSTRAINT "EventRetention_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLastAccess" ADD CONSTRAINT "ServiceLastAccess_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLastAccess" ADD CONSTRAINT "ServiceLastAccess_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LastAccessedJob" ADD CONSTRAINT "LastAccessedJob_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Gatehouse: rules Prisma's schema language cannot express (see schema.prisma's header).

-- Event history retention: 7 days to ten years, as CloudTrail Lake allows.
ALTER TABLE "EventRetention" ADD CONSTRAINT "EventRetention_retentionDays_check"
  CHECK ("retentionDays" BETWEEN 7 AND 3653);

-- A last-accessed row belongs to exactly one user or role, the one it is keyed by.
ALTER TABLE "ServiceLastAccess" ADD CONSTRAINT "ServiceLastAccess_owner_check"
  CHECK (num_nonnulls("userId", "roleId") = 1 AND "entityId" = coalesce("userId", "roleId"));

-- The audit log stays append-only, with one exception: the retention purge may delete events
-- older than the bound it declares for its own transaction (SET LOCAL
-- gatehouse.audit_purge_before), and nothing newer. UPDATE and TRUNCATE are still refused.
CREATE OR REPLACE FUNCTION "gatehouse_reject_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bound text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    bound := current_setting('gatehouse.audit_purge_before', true);
    IF bound IS NOT NULL AND bound <> '' AND OLD."time" < bound::timestamptz THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only: % on "AuditEvent" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
