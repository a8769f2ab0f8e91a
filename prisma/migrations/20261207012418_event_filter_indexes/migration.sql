-- CreateIndex
CREATE INDEX "AuditEvent_accountId_result_time_id_idx" ON "AuditEvent"("accountId", "result", "time" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_errorCode_time_id_idx" ON "AuditEvent"("accountId", "errorCode", "time" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_sourceIp_time_id_idx" ON "AuditEvent"("accountId", "sourceIp", "time" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_accessKeyId_time_id_idx" ON "AuditEvent"("accountId", "accessKeyId", "time" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_sourceIdentity_time_id_idx" ON "AuditEvent"("accountId", "sourceIdentity", "time" DESC, "id" DESC);

-- ---------------------------------------------------------------------------------------
-- Gatehouse: expression indexes Prisma's schema language cannot express (see schema.prisma's
-- header). Event history filters on parts of ARNs and actions; each index keeps the account's
-- matching events newest first, so a filter's first page reads 50 index entries, and a filter
-- that matches nothing reads none. The expressions are the ones services/events/event-filter.ts
-- writes in its conditions.

-- Username: the IAM user's name or the role session's name, the last segment of the ARN.
CREATE INDEX "AuditEvent_accountId_principalName_time_id_idx" ON "AuditEvent"
  ("accountId", split_part("principalArn", '/', -1), "time" DESC, "id" DESC);

-- ResourceName: a resource by its name (the last segment of its ARN) or its whole ARN.
CREATE INDEX "AuditEvent_accountId_resourceName_time_id_idx" ON "AuditEvent"
  ("accountId", split_part("resource", '/', -1), "time" DESC, "id" DESC);

-- ResourceType: `user` of arn:aws:iam::123456789012:user/x.
CREATE INDEX "AuditEvent_accountId_resourceType_time_id_idx" ON "AuditEvent"
  ("accountId", split_part(split_part("resource", ':', 6), '/', 1), "time" DESC, "id" DESC);

-- EventSource: `iam` of iam:CreateUser.
CREATE INDEX "AuditEvent_accountId_service_time_id_idx" ON "AuditEvent"
  ("accountId", split_part("action", ':', 1), "time" DESC, "id" DESC);
