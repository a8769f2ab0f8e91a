-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "name" VARCHAR(50),
ADD COLUMN     "orgJoinedAt" TIMESTAMPTZ(3),
ADD COLUMN     "orgJoinedMethod" VARCHAR(16),
ADD COLUMN     "orgParentId" VARCHAR(68),
ADD COLUMN     "organizationId" VARCHAR(12);

-- CreateTable
CREATE TABLE "Organization" (
    "id" VARCHAR(12) NOT NULL,
    "managementAccountId" VARCHAR(12) NOT NULL,
    "rootId" VARCHAR(34) NOT NULL,
    "featureSet" VARCHAR(16) NOT NULL DEFAULT 'ALL',
    "scpEnabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationalUnit" (
    "id" VARCHAR(68) NOT NULL,
    "organizationId" VARCHAR(12) NOT NULL,
    "parentId" VARCHAR(68),
    "name" VARCHAR(128) NOT NULL,
    "nameLower" VARCHAR(128) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrganizationalUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgPolicy" (
    "id" VARCHAR(130) NOT NULL,
    "organizationId" VARCHAR(12),
    "type" VARCHAR(64) NOT NULL DEFAULT 'SERVICE_CONTROL_POLICY',
    "name" VARCHAR(128) NOT NULL,
    "nameLower" VARCHAR(128) NOT NULL,
    "description" VARCHAR(512) NOT NULL DEFAULT '',
    "content" TEXT NOT NULL,
    "awsManaged" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrgPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgPolicyAttachment" (
    "id" UUID NOT NULL,
    "organizationId" VARCHAR(12) NOT NULL,
    "policyId" VARCHAR(130) NOT NULL,
    "nodeId" VARCHAR(68),
    "accountId" VARCHAR(12),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgPolicyAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Handshake" (
    "id" VARCHAR(66) NOT NULL,
    "organizationId" VARCHAR(12) NOT NULL,
    "targetAccountId" VARCHAR(12) NOT NULL,
    "action" VARCHAR(32) NOT NULL DEFAULT 'INVITE',
    "state" VARCHAR(16) NOT NULL DEFAULT 'OPEN',
    "notes" VARCHAR(1024),
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Handshake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreateAccountStatus" (
    "id" VARCHAR(36) NOT NULL,
    "organizationId" VARCHAR(12) NOT NULL,
    "accountName" VARCHAR(50) NOT NULL,
    "email" VARCHAR(320) NOT NULL,
    "state" VARCHAR(16) NOT NULL,
    "accountId" VARCHAR(12),
    "failureReason" VARCHAR(64),
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CreateAccountStatus_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_managementAccountId_key" ON "Organization"("managementAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_rootId_key" ON "Organization"("rootId");

-- CreateIndex
CREATE INDEX "OrganizationalUnit_organizationId_idx" ON "OrganizationalUnit"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationalUnit_parentId_nameLower_key" ON "OrganizationalUnit"("parentId", "nameLower");

-- CreateIndex
CREATE UNIQUE INDEX "OrgPolicy_organizationId_nameLower_key" ON "OrgPolicy"("organizationId", "nameLower");

-- CreateIndex
CREATE INDEX "OrgPolicyAttachment_organizationId_policyId_idx" ON "OrgPolicyAttachment"("organizationId", "policyId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgPolicyAttachment_nodeId_policyId_key" ON "OrgPolicyAttachment"("nodeId", "policyId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgPolicyAttachment_accountId_policyId_key" ON "OrgPolicyAttachment"("accountId", "policyId");

-- CreateIndex
CREATE INDEX "Handshake_organizationId_idx" ON "Handshake"("organizationId");

-- CreateIndex
CREATE INDEX "Handshake_targetAccountId_idx" ON "Handshake"("targetAccountId");

-- CreateIndex
CREATE INDEX "CreateAccountStatus_organizationId_idx" ON "CreateAccountStatus"("organizationId");

-- CreateIndex
CREATE INDEX "Account_organizationId_idx" ON "Account"("organizationId");

-- CreateIndex
CREATE INDEX "Account_orgParentId_idx" ON "Account"("orgParentId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_orgParentId_fkey" FOREIGN KEY ("orgParentId") REFERENCES "OrganizationalUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_managementAccountId_fkey" FOREIGN KEY ("managementAccountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationalUnit" ADD CONSTRAINT "OrganizationalUnit_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationalUnit" ADD CONSTRAINT "OrganizationalUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "OrganizationalUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgPolicy" ADD CONSTRAINT "OrgPolicy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgPolicyAttachment" ADD CONSTRAINT "OrgPolicyAttachment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgPolicyAttachment" ADD CONSTRAINT "OrgPolicyAttachment_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "OrgPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgPolicyAttachment" ADD CONSTRAINT "OrgPolicyAttachment_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "OrganizationalUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgPolicyAttachment" ADD CONSTRAINT "OrgPolicyAttachment_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handshake" ADD CONSTRAINT "Handshake_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Handshake" ADD CONSTRAINT "Handshake_targetAccountId_fkey" FOREIGN KEY ("targetAccountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreateAccountStatus" ADD CONSTRAINT "CreateAccountStatus_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Rules Prisma cannot express (listed in the schema's header).
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_id_check" CHECK ("id" ~ '^o-[a-z0-9]{10}$');
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_rootId_check" CHECK ("rootId" ~ '^r-[a-z0-9]{4}$');
ALTER TABLE "OrganizationalUnit" ADD CONSTRAINT "OrganizationalUnit_nameLower_check" CHECK ("nameLower" = lower("name"));
-- the root (r-…) has no parent; an OU (ou-<root>-…) always has one
ALTER TABLE "OrganizationalUnit" ADD CONSTRAINT "OrganizationalUnit_id_check"
  CHECK (("id" ~ '^r-[a-z0-9]{4}$' AND "parentId" IS NULL) OR ("id" ~ '^ou-[a-z0-9]{4}-[a-z0-9]{8}$' AND "parentId" IS NOT NULL));
ALTER TABLE "OrgPolicy" ADD CONSTRAINT "OrgPolicy_nameLower_check" CHECK ("nameLower" = lower("name"));
ALTER TABLE "OrgPolicy" ADD CONSTRAINT "OrgPolicy_owner_check" CHECK ("awsManaged" = ("organizationId" IS NULL));
ALTER TABLE "OrgPolicyAttachment" ADD CONSTRAINT "OrgPolicyAttachment_target_check" CHECK (num_nonnulls("nodeId", "accountId") = 1);
-- an account in an organization always has a place in its tree, and only then
ALTER TABLE "Account" ADD CONSTRAINT "Account_organization_check" CHECK (("organizationId" IS NULL) = ("orgParentId" IS NULL));
