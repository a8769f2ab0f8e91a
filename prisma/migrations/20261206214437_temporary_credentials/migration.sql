-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "accessKeyId" VARCHAR(20),
ADD COLUMN     "door" VARCHAR(16),
ADD COLUMN     "sourceIdentity" VARCHAR(64);

-- CreateTable
CREATE TABLE "TemporaryCredential" (
    "id" VARCHAR(20) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "roleId" VARCHAR(21),
    "userId" VARCHAR(21),
    "forRoot" BOOLEAN NOT NULL DEFAULT false,
    "sessionName" VARCHAR(64),
    "secretEncrypted" TEXT NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "sessionPolicy" TEXT,
    "sessionPolicyArns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sessionTags" JSONB,
    "transitiveTagKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sourceIdentity" VARCHAR(64),
    "mfaAuthenticatedAt" TIMESTAMPTZ(3),
    "chained" BOOLEAN NOT NULL DEFAULT false,
    "issuedTo" VARCHAR(2048) NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TemporaryCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TemporaryCredential_tokenHash_key" ON "TemporaryCredential"("tokenHash");

-- CreateIndex
CREATE INDEX "TemporaryCredential_roleId_idx" ON "TemporaryCredential"("roleId");

-- CreateIndex
CREATE INDEX "TemporaryCredential_userId_idx" ON "TemporaryCredential"("userId");

-- CreateIndex
CREATE INDEX "TemporaryCredential_expiresAt_idx" ON "TemporaryCredential"("expiresAt");

-- AddForeignKey
ALTER TABLE "TemporaryCredential" ADD CONSTRAINT "TemporaryCredential_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemporaryCredential" ADD CONSTRAINT "TemporaryCredential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules Prisma cannot express (see schema.prisma's header): the id's prefix and length, and
-- exactly one owner: a role, a user, or the root user.
ALTER TABLE "TemporaryCredential" ADD CONSTRAINT "TemporaryCredential_id_check" CHECK ("id" ~ '^ASIA[A-Z0-9]{16}$');
ALTER TABLE "TemporaryCredential" ADD CONSTRAINT "TemporaryCredential_one_owner_check"
  CHECK ((("roleId" IS NOT NULL)::int + ("userId" IS NOT NULL)::int + "forRoot"::int) = 1);
