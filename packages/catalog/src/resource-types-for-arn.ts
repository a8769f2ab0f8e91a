// Which of a service's resource types an ARN is. Browser-safe.
import { arnTemplateParts, matchArnTemplate } from './arn-template.js';
import type { CatalogResourceType, ServiceCatalog } from './types.js';

function fixedLength(format: string): number {
  return arnTemplateParts(format).reduce((n, part) => n + (part.kind === 'text' ? part.text.length : 0), 0);
}

/**
 * The resource types whose ARN format `arn` fits, most specific first (the format with more
 * fixed text), then in catalog order. Formats overlap: a name at the end of a format may hold
 * anything, so an S3 object ARN also fits the bucket format; the first entry is the best fit.
 */
export function resourceTypesForArn(service: ServiceCatalog, arn: string): CatalogResourceType[] {
  return service.resourceTypes
    .filter((type) => matchArnTemplate(type.arnFormat, arn) !== undefined)
    .map((type, order) => ({ type, order, fixed: fixedLength(type.arnFormat) }))
    .sort((a, b) => b.fixed - a.fixed || a.order - b.order)
    .map(({ type }) => type);
}
