/** Where services get "now". Injected so tests can move time (session expiry, throttling). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
