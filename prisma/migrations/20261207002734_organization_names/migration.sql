-- AlterTable
ALTER TABLE "OrgPolicy" ALTER COLUMN "nameLower" SET DATA TYPE VARCHAR(512);

-- AlterTable
ALTER TABLE "OrganizationalUnit" ALTER COLUMN "nameLower" SET DATA TYPE VARCHAR(512);

-- OU and SCP names may be in any script: as for tag keys, the server folds them (nameKey) and the
-- database only keeps the folded names unique; PostgreSQL's lower() would disagree on non-ASCII.
ALTER TABLE "OrganizationalUnit" DROP CONSTRAINT "OrganizationalUnit_nameLower_check";
ALTER TABLE "OrgPolicy" DROP CONSTRAINT "OrgPolicy_nameLower_check";
