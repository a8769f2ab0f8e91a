-- AlterTable
ALTER TABLE "Role" ADD COLUMN     "trustPrincipalIds" JSONB;
