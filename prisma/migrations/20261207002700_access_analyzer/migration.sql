-- CreateTable
CREATE TABLE "AccessAnalyzerFinding" (
    "id" VARCHAR(36) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "key" CHAR(64) NOT NULL,
    "findingType" VARCHAR(32) NOT NULL,
    "resource" VARCHAR(2048) NOT NULL,
    "resourceType" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "details" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "analyzedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AccessAnalyzerFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccessAnalyzerArchiveRule" (
    "accountId" VARCHAR(12) NOT NULL,
    "ruleName" VARCHAR(255) NOT NULL,
    "filter" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AccessAnalyzerArchiveRule_pkey" PRIMARY KEY ("accountId","ruleName")
);

-- CreateTable
CREATE TABLE "AccessAnalyzerState" (
    "accountId" VARCHAR(12) NOT NULL,
    "unusedAccessAge" INTEGER NOT NULL DEFAULT 90,
    "fingerprint" VARCHAR(256),
    "analyzedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AccessAnalyzerState_pkey" PRIMARY KEY ("accountId")
);

-- CreateIndex
CREATE INDEX "AccessAnalyzerFinding_accountId_status_findingType_idx" ON "AccessAnalyzerFinding"("accountId", "status", "findingType");

-- CreateIndex
CREATE UNIQUE INDEX "AccessAnalyzerFinding_accountId_key_key" ON "AccessAnalyzerFinding"("accountId", "key");

-- AddForeignKey
ALTER TABLE "AccessAnalyzerFinding" ADD CONSTRAINT "AccessAnalyzerFinding_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessAnalyzerArchiveRule" ADD CONSTRAINT "AccessAnalyzerArchiveRule_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessAnalyzerState" ADD CONSTRAINT "AccessAnalyzerState_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Statuses, kinds and the unused-access window as AWS's (CreateAnalyzer's unusedAccessAge: 1–365 days).
ALTER TABLE "AccessAnalyzerFinding" ADD CONSTRAINT "AccessAnalyzerFinding_status_check"
  CHECK ("status" IN ('ACTIVE', 'ARCHIVED', 'RESOLVED'));
ALTER TABLE "AccessAnalyzerFinding" ADD CONSTRAINT "AccessAnalyzerFinding_findingType_check"
  CHECK ("findingType" IN ('ExternalAccess', 'UnusedIAMRole', 'UnusedIAMUserAccessKey', 'UnusedIAMUserPassword', 'UnusedPermission'));
ALTER TABLE "AccessAnalyzerState" ADD CONSTRAINT "AccessAnalyzerState_unusedAccessAge_check"
  CHECK ("unusedAccessAge" BETWEEN 1 AND 365);
