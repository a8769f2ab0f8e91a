-- DropIndex
DROP INDEX "PolicyAttachment_policyId_idx";

-- DropIndex
DROP INDEX "Role_permissionsBoundaryId_idx";

-- DropIndex
DROP INDEX "User_permissionsBoundaryId_idx";

-- CreateIndex
CREATE INDEX "PolicyAttachment_policyId_accountId_idx" ON "PolicyAttachment"("policyId", "accountId");

-- CreateIndex
CREATE INDEX "Role_permissionsBoundaryId_accountId_idx" ON "Role"("permissionsBoundaryId", "accountId");

-- CreateIndex
CREATE INDEX "User_permissionsBoundaryId_accountId_idx" ON "User"("permissionsBoundaryId", "accountId");
