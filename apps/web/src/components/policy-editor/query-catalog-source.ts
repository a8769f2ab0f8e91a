// The catalog for the editor's completions and hovers, through the app's query cache: the index
// once, each service's chunk only when the text names it (the same cached queries the catalog
// findings and the Visual tab use, so nothing is fetched twice).
import type { QueryClient } from '@tanstack/react-query';
import { catalogIndexQuery, catalogServiceQuery, globalConditionKeysQuery } from '../../api/catalog-api.js';
import type { CatalogSource } from './catalog-completions.js';

export function queryCatalogSource(client: QueryClient): CatalogSource {
  const index = () => client.fetchQuery(catalogIndexQuery());
  return {
    index: () => index().catch(() => undefined),
    service: async (prefix) => {
      try {
        return await client.fetchQuery(catalogServiceQuery((await index()).base, prefix));
      } catch {
        return undefined;
      }
    },
    globalKeys: async () => {
      try {
        return await client.fetchQuery(globalConditionKeysQuery((await index()).base));
      } catch {
        return undefined;
      }
    },
  };
}
