// usePolicyCheck inside a QueryClientProvider whose cache holds real catalog chunks, rendered on
// the server (no DOM here): the catalog's findings join the evaluator's diagnostics as the chunks
// are there, as warnings that never block saving.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { catalogIndexQuery, catalogServiceQuery, globalConditionKeysQuery } from '../../api/catalog-api.js';
import { loadTestCatalog } from '../policy-validation/catalog-test-kit.js';
import type { PolicyCheck } from './check-policy.js';
import { usePolicyCheck } from './use-policy-check.js';

const BASE = '/api/catalog/test';

async function clientWith(prefixes: string[]): Promise<QueryClient> {
  const catalog = await loadTestCatalog(prefixes);
  const client = new QueryClient();
  client.setQueryData(catalogIndexQuery().queryKey, {
    ...catalog.index,
    source: { package: 'p', version: 'v' },
    hash: 'test',
    base: BASE,
  });
  client.setQueryData(globalConditionKeysQuery(BASE).queryKey, catalog.globalKeys!);
  for (const [prefix, chunk] of catalog.services)
    client.setQueryData(catalogServiceQuery(BASE, prefix).queryKey, chunk);
  return client;
}

function checkWith(client: QueryClient, text: string): PolicyCheck {
  let check: PolicyCheck | undefined;
  function Probe() {
    check = usePolicyCheck(text, 'identity');
    return null;
  }
  renderToString(createElement(QueryClientProvider, { client }, createElement(Probe)));
  return check!;
}

const policy = (action: string, resource = '*') =>
  JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource }] },
    null,
    2,
  );

describe('usePolicyCheck', () => {
  it('adds catalog findings as warnings without blocking saving', async () => {
    const check = checkWith(await clientWith(['s3']), policy('s3:GetObjekt'));
    expect(check.hasErrors).toBe(false);
    expect(check.errorCount).toBe(0);
    expect(check.warningCount).toBe(1);
    expect(check.diagnostics).toMatchObject([
      { code: 'unknown-action', severity: 'warning', help: 'did you mean `s3:GetObject`?' },
    ]);
  });

  it('waits for a service chunk, but knows unknown services from the index alone', async () => {
    const client = await clientWith([]);
    expect(checkWith(client, policy('s3:GetObjekt')).diagnostics).toEqual([]);
    expect(checkWith(client, policy('s3x:GetObject')).diagnostics.map((d) => d.code)).toEqual([
      'unknown-service',
    ]);
  });

  it('keeps the evaluator’s errors and sorts everything by position', async () => {
    const text = JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allw', Action: 's3:GetObjekt', Resource: '*' }] },
      null,
      2,
    );
    const check = checkWith(await clientWith(['s3']), text);
    expect(check.hasErrors).toBe(true);
    expect(check.diagnostics.map((d) => d.code)).toEqual(['invalid-effect', 'unknown-action']);
    expect(check).toMatchObject({ errorCount: 1, warningCount: 1 });
  });

  it('adds nothing while the catalog index is not there (the editor works offline)', () => {
    const check = checkWith(new QueryClient(), policy('s3:GetObjekt'));
    expect(check.diagnostics).toEqual([]);
    expect(check.hasErrors).toBe(false);
  });
});
