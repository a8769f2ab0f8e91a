import { respondToHandshake, type RespondOptions } from './common/respond-to-handshake.js';
import type { HandshakeView } from './common/handshake-view.js';

/** organizations:AcceptHandshake: the invited account joins the organization, under its root. */
export function acceptHandshake(options: RespondOptions): Promise<HandshakeView> {
  return respondToHandshake(options, true);
}
