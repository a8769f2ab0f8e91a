// Stands in for `intl-messageformat` (vite.config.ts), which Cloudscape's error boundary imports
// to apply ICU formatting to a translated description. Gatehouse registers no I18nProvider and
// passes no description, so the formatter never runs; its parser (~15 KB gzip) loaded on every
// page anyway. Cloudscape calls it inside try/catch and falls back to the raw text, which is
// what this returns.
export default class PlainMessageFormat {
  constructor(private readonly message: string) {}

  format(): string {
    return this.message;
  }
}
