-- CreateEnum
CREATE TYPE "PolicyScope" AS ENUM ('Local', 'AWS');

-- CreateEnum
CREATE TYPE "PrincipalType" AS ENUM ('Root', 'User');

-- CreateEnum
CREATE TYPE "AccessKeyStatus" AS ENUM ('Active', 'Inactive');

-- CreateTable
CREATE TABLE "Account" (
    "id" VARCHAR(12) NOT NULL,
    "alias" VARCHAR(63),
    "rootEmail" VARCHAR(320) NOT NULL,
    "rootPasswordHash" TEXT NOT NULL,
    "authzVersion" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" VARCHAR(21) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "nameLower" VARCHAR(64) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "permissionsBoundaryId" VARCHAR(21),
    "passwordLastUsed" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" VARCHAR(21) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "nameLower" VARCHAR(128) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMembership" (
    "accountId" VARCHAR(12) NOT NULL,
    "groupId" VARCHAR(21) NOT NULL,
    "userId" VARCHAR(21) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupMembership_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" VARCHAR(21) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "nameLower" VARCHAR(64) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "description" VARCHAR(1000),
    "trustPolicy" TEXT NOT NULL,
    "maxSessionDuration" INTEGER NOT NULL DEFAULT 3600,
    "permissionsBoundaryId" VARCHAR(21),
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManagedPolicy" (
    "id" VARCHAR(21) NOT NULL,
    "accountId" VARCHAR(12),
    "scope" "PolicyScope" NOT NULL DEFAULT 'Local',
    "arn" VARCHAR(2048) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "nameLower" VARCHAR(128) NOT NULL,
    "path" VARCHAR(512) NOT NULL DEFAULT '/',
    "description" VARCHAR(1000),
    "defaultVersionId" VARCHAR(16) NOT NULL DEFAULT 'v1',
    "nextVersionNumber" INTEGER NOT NULL DEFAULT 2,
    "isAttachable" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ManagedPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" UUID NOT NULL,
    "policyId" VARCHAR(21) NOT NULL,
    "versionId" VARCHAR(16) NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyAttachment" (
    "id" UUID NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "policyId" VARCHAR(21) NOT NULL,
    "userId" VARCHAR(21),
    "groupId" VARCHAR(21),
    "roleId" VARCHAR(21),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InlinePolicy" (
    "id" UUID NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "document" TEXT NOT NULL,
    "userId" VARCHAR(21),
    "groupId" VARCHAR(21),
    "roleId" VARCHAR(21),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InlinePolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" UUID NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "keyLower" VARCHAR(128) NOT NULL,
    "value" VARCHAR(256) NOT NULL,
    "userId" VARCHAR(21),
    "roleId" VARCHAR(21),
    "policyId" VARCHAR(21),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginProfile" (
    "userId" VARCHAR(21) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "passwordResetRequired" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "csrfTokenHash" CHAR(64) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "principalType" "PrincipalType" NOT NULL,
    "userId" VARCHAR(21),
    "sourceIp" VARCHAR(64),
    "userAgent" VARCHAR(512),
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "absoluteExpiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" VARCHAR(400) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailure" TIMESTAMPTZ(3) NOT NULL,
    "lastFailure" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "time" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accountId" VARCHAR(12),
    "principalArn" VARCHAR(2048),
    "action" VARCHAR(128) NOT NULL,
    "resource" VARCHAR(2048),
    "result" VARCHAR(16) NOT NULL,
    "errorCode" VARCHAR(64),
    "sourceIp" VARCHAR(64),
    "requestId" VARCHAR(64),
    "details" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeploymentSetting" (
    "key" VARCHAR(128) NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeploymentSetting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PasswordPolicy" (
    "accountId" VARCHAR(12) NOT NULL,
    "minimumPasswordLength" INTEGER NOT NULL DEFAULT 8,
    "requireSymbols" BOOLEAN NOT NULL DEFAULT false,
    "requireNumbers" BOOLEAN NOT NULL DEFAULT false,
    "requireUppercaseCharacters" BOOLEAN NOT NULL DEFAULT false,
    "requireLowercaseCharacters" BOOLEAN NOT NULL DEFAULT false,
    "allowUsersToChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "maxPasswordAge" INTEGER,
    "passwordReusePrevention" INTEGER,
    "hardExpiry" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PasswordPolicy_pkey" PRIMARY KEY ("accountId")
);

-- CreateTable
CREATE TABLE "AccessKey" (
    "id" VARCHAR(20) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "userId" VARCHAR(21) NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "status" "AccessKeyStatus" NOT NULL DEFAULT 'Active',
    "lastUsedAt" TIMESTAMPTZ(3),
    "lastUsedService" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MfaDevice" (
    "serialNumber" VARCHAR(2048) NOT NULL,
    "accountId" VARCHAR(12) NOT NULL,
    "userId" VARCHAR(21),
    "name" VARCHAR(128) NOT NULL,
    "seedEncrypted" TEXT NOT NULL,
    "enabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MfaDevice_pkey" PRIMARY KEY ("serialNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_alias_key" ON "Account"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "Account_rootEmail_key" ON "Account"("rootEmail");

-- CreateIndex
CREATE INDEX "User_accountId_path_idx" ON "User"("accountId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "User_accountId_nameLower_key" ON "User"("accountId", "nameLower");

-- CreateIndex
CREATE INDEX "Group_accountId_path_idx" ON "Group"("accountId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "Group_accountId_nameLower_key" ON "Group"("accountId", "nameLower");

-- CreateIndex
CREATE INDEX "GroupMembership_userId_idx" ON "GroupMembership"("userId");

-- CreateIndex
CREATE INDEX "Role_accountId_path_idx" ON "Role"("accountId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "Role_accountId_nameLower_key" ON "Role"("accountId", "nameLower");

-- CreateIndex
CREATE UNIQUE INDEX "ManagedPolicy_arn_key" ON "ManagedPolicy"("arn");

-- CreateIndex
CREATE INDEX "ManagedPolicy_scope_idx" ON "ManagedPolicy"("scope");

-- CreateIndex
CREATE UNIQUE INDEX "ManagedPolicy_accountId_nameLower_key" ON "ManagedPolicy"("accountId", "nameLower");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_policyId_versionId_key" ON "PolicyVersion"("policyId", "versionId");

-- CreateIndex
CREATE INDEX "PolicyAttachment_policyId_idx" ON "PolicyAttachment"("policyId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAttachment_userId_policyId_key" ON "PolicyAttachment"("userId", "policyId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAttachment_groupId_policyId_key" ON "PolicyAttachment"("groupId", "policyId");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyAttachment_roleId_policyId_key" ON "PolicyAttachment"("roleId", "policyId");

-- CreateIndex
CREATE UNIQUE INDEX "InlinePolicy_userId_name_key" ON "InlinePolicy"("userId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "InlinePolicy_groupId_name_key" ON "InlinePolicy"("groupId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "InlinePolicy_roleId_name_key" ON "InlinePolicy"("roleId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_userId_keyLower_key" ON "Tag"("userId", "keyLower");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_roleId_keyLower_key" ON "Tag"("roleId", "keyLower");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_policyId_keyLower_key" ON "Tag"("policyId", "keyLower");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_absoluteExpiresAt_idx" ON "Session"("absoluteExpiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_time_idx" ON "AuditEvent"("accountId", "time");

-- CreateIndex
CREATE INDEX "AccessKey_userId_idx" ON "AccessKey"("userId");

-- CreateIndex
CREATE INDEX "MfaDevice_userId_idx" ON "MfaDevice"("userId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_permissionsBoundaryId_fkey" FOREIGN KEY ("permissionsBoundaryId") REFERENCES "ManagedPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMembership" ADD CONSTRAINT "GroupMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_permissionsBoundaryId_fkey" FOREIGN KEY ("permissionsBoundaryId") REFERENCES "ManagedPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManagedPolicy" ADD CONSTRAINT "ManagedPolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InlinePolicy" ADD CONSTRAINT "InlinePolicy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InlinePolicy" ADD CONSTRAINT "InlinePolicy_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InlinePolicy" ADD CONSTRAINT "InlinePolicy_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "ManagedPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginProfile" ADD CONSTRAINT "LoginProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordPolicy" ADD CONSTRAINT "PasswordPolicy_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccessKey" ADD CONSTRAINT "AccessKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MfaDevice" ADD CONSTRAINT "MfaDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Gatehouse: rules Prisma's schema language cannot express (listed in schema.prisma's
-- header). Prisma's diff does not see CHECK constraints or triggers, so schema and
-- migrations stay in agreement.

-- Names are unique per account case-insensitively: the unique indexes above are on
-- "nameLower", and the database itself guarantees "nameLower" is lower("name").
ALTER TABLE "User" ADD CONSTRAINT "User_nameLower_check" CHECK ("nameLower" = lower("name"));
ALTER TABLE "Group" ADD CONSTRAINT "Group_nameLower_check" CHECK ("nameLower" = lower("name"));
ALTER TABLE "Role" ADD CONSTRAINT "Role_nameLower_check" CHECK ("nameLower" = lower("name"));
ALTER TABLE "ManagedPolicy" ADD CONSTRAINT "ManagedPolicy_nameLower_check" CHECK ("nameLower" = lower("name"));
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_keyLower_check" CHECK ("keyLower" = lower("key"));
ALTER TABLE "Account" ADD CONSTRAINT "Account_rootEmail_check" CHECK ("rootEmail" = lower("rootEmail"));

-- Identifier shapes (AWS's): 12-digit account ids, aliases, prefixed unique ids.
ALTER TABLE "Account" ADD CONSTRAINT "Account_id_check" CHECK ("id" ~ '^[0-9]{12}$');
ALTER TABLE "Account" ADD CONSTRAINT "Account_alias_check"
  CHECK ("alias" IS NULL OR "alias" ~ '^[a-z0-9]([a-z0-9-]{1,61})[a-z0-9]$');
ALTER TABLE "User" ADD CONSTRAINT "User_id_check" CHECK ("id" ~ '^AIDA[A-Z0-9]{17}$');
ALTER TABLE "Group" ADD CONSTRAINT "Group_id_check" CHECK ("id" ~ '^AGPA[A-Z0-9]{17}$');
ALTER TABLE "Role" ADD CONSTRAINT "Role_id_check" CHECK ("id" ~ '^AROA[A-Z0-9]{17}$');
ALTER TABLE "ManagedPolicy" ADD CONSTRAINT "ManagedPolicy_id_check" CHECK ("id" ~ '^ANPA[A-Z0-9]{17}$');
ALTER TABLE "AccessKey" ADD CONSTRAINT "AccessKey_id_check" CHECK ("id" ~ '^AKIA[A-Z0-9]{16}$');

-- AWS managed policies belong to no account, customer managed ones to exactly one.
ALTER TABLE "ManagedPolicy" ADD CONSTRAINT "ManagedPolicy_scope_check"
  CHECK (("scope" = 'AWS' AND "accountId" IS NULL) OR ("scope" = 'Local' AND "accountId" IS NOT NULL));

-- Attachments, inline policies and tags belong to exactly one owner.
ALTER TABLE "PolicyAttachment" ADD CONSTRAINT "PolicyAttachment_owner_check"
  CHECK (num_nonnulls("userId", "groupId", "roleId") = 1);
ALTER TABLE "InlinePolicy" ADD CONSTRAINT "InlinePolicy_owner_check"
  CHECK (num_nonnulls("userId", "groupId", "roleId") = 1);
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_owner_check"
  CHECK (num_nonnulls("userId", "roleId", "policyId") = 1);

-- The audit log is append-only.
CREATE FUNCTION "gatehouse_reject_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on "AuditEvent" is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "gatehouse_reject_audit_change"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "gatehouse_reject_audit_change"();
