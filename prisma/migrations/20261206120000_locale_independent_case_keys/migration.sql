-- Case-insensitive names and tag keys, whatever the server's locale.
--
-- The server computes "nameLower"/"keyLower" with one definition (nameKey: JavaScript's
-- locale-independent toLowerCase) and the unique indexes on them keep names and tag keys unique
-- without case. The checks below used PostgreSQL's lower(), which follows the database's locale:
-- under C (the embedded server) it folds ASCII only, so any tag key with a non-ASCII capital
-- (Ä, Ω, ǅ, İ) failed its check; under a Turkish locale it folds I to ı, so even ASCII names such
-- as ADMIN failed theirs.
--
-- Tag keys may be in any script: the database no longer folds them, it only enforces uniqueness
-- of what the server computed. IAM names are ASCII ([\w+=,.@-]), so their check stays, with
-- lower() pinned to the C collation: ASCII-only and the same on every server, it agrees with
-- nameKey on every valid name. The root email is stored folded by the server; its check now only
-- asks for no ASCII capitals, the same on every server.
ALTER TABLE "Tag" DROP CONSTRAINT "Tag_keyLower_check";

ALTER TABLE "User" DROP CONSTRAINT "User_nameLower_check";
ALTER TABLE "User" ADD CONSTRAINT "User_nameLower_check" CHECK ("nameLower" = lower("name" COLLATE "C"));
ALTER TABLE "Group" DROP CONSTRAINT "Group_nameLower_check";
ALTER TABLE "Group" ADD CONSTRAINT "Group_nameLower_check" CHECK ("nameLower" = lower("name" COLLATE "C"));
ALTER TABLE "Role" DROP CONSTRAINT "Role_nameLower_check";
ALTER TABLE "Role" ADD CONSTRAINT "Role_nameLower_check" CHECK ("nameLower" = lower("name" COLLATE "C"));
ALTER TABLE "ManagedPolicy" DROP CONSTRAINT "ManagedPolicy_nameLower_check";
ALTER TABLE "ManagedPolicy" ADD CONSTRAINT "ManagedPolicy_nameLower_check"
  CHECK ("nameLower" = lower("name" COLLATE "C"));
ALTER TABLE "Account" DROP CONSTRAINT "Account_rootEmail_check";
ALTER TABLE "Account" ADD CONSTRAINT "Account_rootEmail_check"
  CHECK ("rootEmail" = lower("rootEmail" COLLATE "C"));

-- Lower case can be longer than the key: 'İ' (one character) folds to 'i̇' (two).
-- AlterTable
ALTER TABLE "Tag" ALTER COLUMN "keyLower" SET DATA TYPE VARCHAR(256);
