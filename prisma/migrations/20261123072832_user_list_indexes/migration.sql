-- Indexes for the user list at 100k users: keyset pages by creation time and by last sign-in,
-- and a trigram index for name search. pg_trgm ships with PostgreSQL and is a trusted
-- extension (PostgreSQL 13+): the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "User_accountId_createdAt_nameLower_idx" ON "User"("accountId", "createdAt", "nameLower");

-- CreateIndex
CREATE INDEX "User_accountId_passwordLastUsed_nameLower_idx" ON "User"("accountId", "passwordLastUsed", "nameLower");

-- CreateIndex
CREATE INDEX "User_nameLower_trgm_idx" ON "User" USING GIN ("nameLower" gin_trgm_ops);
