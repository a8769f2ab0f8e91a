-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "roleColor" VARCHAR(16),
ADD COLUMN     "roleCredentialId" VARCHAR(20),
ADD COLUMN     "roleDisplayName" VARCHAR(64);

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_roleCredentialId_fkey" FOREIGN KEY ("roleCredentialId") REFERENCES "TemporaryCredential"("id") ON DELETE SET NULL ON UPDATE CASCADE;
