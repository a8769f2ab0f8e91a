// Configuration comes from the environment; a bad value stops the server with its name.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      databaseUrl: undefined,
      secureCookies: 'auto',
      trustProxy: false,
      standaloneAccounts: 'disabled',
      bootstrap: undefined,
      sessionIdleSeconds: 3600,
      sessionAbsoluteSeconds: 43_200,
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://db/gatehouse',
      GATEHOUSE_PUBLIC_URL: 'https://iam.example.com/',
      GATEHOUSE_SECURE_COOKIES: '1',
      GATEHOUSE_TRUST_PROXY: '2',
      GATEHOUSE_ALLOWED_ORIGINS: 'http://localhost:5173, http://127.0.0.1:5173/',
      GATEHOUSE_ALLOW_ACCOUNT_CREATION: 'true',
      GATEHOUSE_BOOTSTRAP_EMAIL: 'ops@example.com',
      GATEHOUSE_BOOTSTRAP_PASSWORD: 'Secret-Pass-1',
      GATEHOUSE_BOOTSTRAP_ALIAS: 'ops',
      GATEHOUSE_BOOTSTRAP_ACCOUNT_ID: '111122223333',
      GATEHOUSE_SESSION_IDLE_SECONDS: '600',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://db/gatehouse',
      publicUrl: 'https://iam.example.com',
      secureCookies: true,
      trustProxy: 2,
      allowedOrigins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
      standaloneAccounts: 'root',
      bootstrap: {
        email: 'ops@example.com',
        password: 'Secret-Pass-1',
        alias: 'ops',
        accountId: '111122223333',
      },
      sessionIdleSeconds: 600,
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      new ConfigError('PORT must be an integer from 0 to 65535, got `eighty`'),
    );
    expect(() => loadConfig({ GATEHOUSE_BOOTSTRAP_EMAIL: 'a@example.com' })).toThrow(/must be set together/);
    expect(() => loadConfig({ GATEHOUSE_SESSION_IDLE_SECONDS: '5' })).toThrow(
      /GATEHOUSE_SESSION_IDLE_SECONDS/,
    );
  });
});
