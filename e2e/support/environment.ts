// What global setup hands to the tests, through environment variables (Playwright starts its
// workers after global setup, so they inherit them).

export interface SuiteEnvironment {
  /** The running server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The database the server uses, for tests that must change what only the server can. */
  databaseUrl: string;
  rootEmail: string;
  rootPassword: string;
}

const KEYS = {
  url: 'GATEHOUSE_E2E_URL',
  databaseUrl: 'GATEHOUSE_E2E_DATABASE_URL',
  rootEmail: 'GATEHOUSE_E2E_ROOT_EMAIL',
  rootPassword: 'GATEHOUSE_E2E_ROOT_PASSWORD',
} as const;

export function publishEnvironment(env: SuiteEnvironment): void {
  for (const [field, key] of Object.entries(KEYS)) {
    process.env[key] = env[field as keyof SuiteEnvironment];
  }
}

export function suiteEnvironment(): SuiteEnvironment {
  const read = (key: string) => {
    const value = process.env[key];
    if (!value)
      throw new Error(`${key} is not set: run the suite through playwright.config.ts (global setup)`);
    return value;
  };
  return {
    url: read(KEYS.url),
    databaseUrl: read(KEYS.databaseUrl),
    rootEmail: read(KEYS.rootEmail),
    rootPassword: read(KEYS.rootPassword),
  };
}
