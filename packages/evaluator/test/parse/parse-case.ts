// The shape of a parser case: text in, diagnostics and (part of) the document out.
import type { ExpectedDiagnostic } from './expect-diagnostics.js';

export interface ParseCase {
  name: string;
  /** The AWS (or JSON) rule the case checks. */
  doc: string;
  text: string;
  diagnostics: ExpectedDiagnostic[];
  /** Compared with `toMatchObject`, so only the fields given matter. */
  document?: Record<string, unknown>;
  /** The text is too broken (or not an object) to build a document from. */
  noDocument?: boolean;
  /** The source text each condition clause's range must cover, in order. */
  clauseText?: string[];
}
