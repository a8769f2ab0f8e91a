-- AlterTable
ALTER TABLE "Tag" ADD COLUMN     "mfaSerialNumber" VARCHAR(2048);

-- CreateIndex
CREATE UNIQUE INDEX "Tag_mfaSerialNumber_keyLower_key" ON "Tag"("mfaSerialNumber", "keyLower");

-- AddForeignKey
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_mfaSerialNumber_fkey" FOREIGN KEY ("mfaSerialNumber") REFERENCES "MfaDevice"("serialNumber") ON DELETE CASCADE ON UPDATE CASCADE;

-- Tags belong to exactly one owner, now one of four.
ALTER TABLE "Tag" DROP CONSTRAINT "Tag_owner_check";
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_owner_check"
  CHECK (num_nonnulls("userId", "roleId", "policyId", "mfaSerialNumber") = 1);
