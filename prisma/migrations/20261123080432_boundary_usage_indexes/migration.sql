-- CreateIndex
CREATE INDEX "Role_permissionsBoundaryId_idx" ON "Role"("permissionsBoundaryId");

-- CreateIndex
CREATE INDEX "User_permissionsBoundaryId_idx" ON "User"("permissionsBoundaryId");
