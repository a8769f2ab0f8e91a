// PostgreSQL advisory lock keys, one per job that must run on one instance at a time. They live in
// one place so that no two jobs share a key by accident: jobs with one key exclude each other
// (an audit purge batch used to skip while the AWS managed policy sync held the same key).
// Single-key locks (one bigint) and two-key locks (class, hashtext(id)) never collide in
// PostgreSQL, so ANALYSIS_LOCK_CLASS may not equal a single key and still be distinct.

/** Loading AWS managed policies when an instance starts (one loads, the others wait). */
export const AWS_POLICY_SYNC_LOCK = 0x6761_7465; // "gate"
/** First-run setup: only the first attempt can create the first account. */
export const SETUP_LOCK = 0x6761_7375; // "gasu"
/** The audit retention purge: a batch runs on one instance, the others skip. */
export const AUDIT_PURGE_LOCK = 0x6761_7075; // "gapu"
/** Access Analyzer: one analysis of an account at a time (with hashtext(accountId)). */
export const ANALYSIS_LOCK_CLASS = 0x6761_6161; // "gaaa"
