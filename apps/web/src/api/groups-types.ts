// Shapes of the group routes of docs/API.md that the users pages did not need. Local until the
// server's zod contracts for IAM entities exist (apps/server/src/contracts/iam/), then `import type`.
import type { Group, User } from './types.js';

export interface CreateGroupRequest {
  groupName: string;
  path?: string;
}

/** GET /api/groups/:name: the group, with its members when the server includes them (AWS's GetGroup does). */
export interface GroupDetail extends Group {
  users?: User[];
}
