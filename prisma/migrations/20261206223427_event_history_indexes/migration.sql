-- DropIndex
DROP INDEX "AuditEvent_accountId_time_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_time_id_idx" ON "AuditEvent"("accountId", "time" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_action_time_id_idx" ON "AuditEvent"("accountId", "action", "time" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_principalArn_time_id_idx" ON "AuditEvent"("accountId", "principalArn", "time" DESC, "id" DESC);
