-- AlterTable
ALTER TABLE "AccessKey" ADD COLUMN     "lastUsedRegion" VARCHAR(64),
ALTER COLUMN "userId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "rootPasswordLastUsed" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "MfaDevice" ADD COLUMN     "forRoot" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastUsedStep" BIGINT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "mfaAuthenticatedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "PasswordHistory" (
    "id" UUID NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "userId" VARCHAR(21) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PasswordHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CredentialReport" (
    "accountId" VARCHAR(12) NOT NULL,
    "generatedAt" TIMESTAMPTZ(3) NOT NULL,
    "content" TEXT NOT NULL,

    CONSTRAINT "CredentialReport_pkey" PRIMARY KEY ("accountId")
);

-- CreateIndex
CREATE INDEX "PasswordHistory_userId_createdAt_idx" ON "PasswordHistory"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "AccessKey_accountId_idx" ON "AccessKey"("accountId");

-- AddForeignKey
ALTER TABLE "PasswordHistory" ADD CONSTRAINT "PasswordHistory_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialReport" ADD CONSTRAINT "CredentialReport_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;
