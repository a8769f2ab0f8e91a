import { respondToHandshake, type RespondOptions } from './common/respond-to-handshake.js';
import type { HandshakeView } from './common/handshake-view.js';

/** organizations:DeclineHandshake: the invited account says no; the handshake is DECLINED. */
export function declineHandshake(options: RespondOptions): Promise<HandshakeView> {
  return respondToHandshake(options, false);
}
