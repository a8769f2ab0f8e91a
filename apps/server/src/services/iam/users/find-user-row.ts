// The user an operation acts on, with its tags and permissions boundary, in one statement: the
// same UserTarget findUser (common/targets.ts) reads with Prisma's includes in three, for the hot
// paths of the AWS door (GetUser, DeleteUser), where each round trip to PostgreSQL costs more
// than everything else the request does.
import { plainRows } from '../../../db/plain-sql.js';
import type { DbOrTx } from '../../../db/client.js';
import { Prisma } from '../../../db/generated/client.js';
import { nameKey } from '../../../db/name-key.js';
import type { UserTarget } from '../common/targets.js';

interface UserTargetRow {
  id: string;
  accountId: string;
  name: string;
  nameLower: string;
  path: string;
  permissionsBoundaryId: string | null;
  passwordLastUsed: Date | null;
  createdAt: Date;
  updatedAt: Date;
  boundaryArn: string | null;
  boundaryName: string | null;
  /** json_agg of the tag rows, keyLower order; timestamps as ISO text. */
  tags: (Omit<UserTarget['tags'][number], 'createdAt'> & { createdAt: string })[];
}

export async function findUserRow(
  db: DbOrTx,
  accountId: string,
  userName: string,
): Promise<UserTarget | null> {
  const [row] = await plainRows<UserTargetRow>(
    db,
    Prisma.sql`
    SELECT u."id", u."accountId", u."name", u."nameLower", u."path", u."permissionsBoundaryId",
           u."passwordLastUsed", u."createdAt", u."updatedAt",
           b."arn" AS "boundaryArn", b."name" AS "boundaryName",
           COALESCE((SELECT json_agg(t ORDER BY t."keyLower") FROM "Tag" t WHERE t."userId" = u."id"),
                    '[]'::json) AS "tags"
    FROM "User" u
    LEFT JOIN "ManagedPolicy" b ON b."id" = u."permissionsBoundaryId"
    WHERE u."accountId" = ${accountId} AND u."nameLower" = ${nameKey(userName)}`,
  );
  if (!row) return null;
  const { boundaryArn, boundaryName, tags, ...user } = row;
  return {
    ...user,
    tags: tags.map((t) => ({ ...t, createdAt: new Date(t.createdAt) })),
    permissionsBoundary:
      user.permissionsBoundaryId !== null && boundaryArn !== null && boundaryName !== null
        ? { id: user.permissionsBoundaryId, arn: boundaryArn, name: boundaryName }
        : null,
  };
}
