// What the JSON editor offers from the AWS service catalog, as plain data (Monaco-free, so it is
// unit-tested): service prefixes and action names in Action / NotAction (with the action's access
// level and description), ARN formats of the statement's services in Resource / NotResource, and
// condition keys (global ones and those of the statement's services) under a Condition operator.
// Hover says what an action or condition key is. Service chunks are fetched only when needed.
import {
  findAction,
  findConditionKey,
  type CatalogConditionKey,
  type GlobalConditionKeys,
  type ServiceCatalog,
} from '@gatehouse/catalog';
import { parsePolicy } from '@gatehouse/evaluator';
import type { CatalogIndexResponse } from '../../api/catalog-api.js';
import { stringAt, type StringContext } from './completion-context.js';

/** Where the catalog comes from: the app's query cache, or files in tests. */
export interface CatalogSource {
  index(): Promise<CatalogIndexResponse | undefined>;
  service(prefix: string): Promise<ServiceCatalog | undefined>;
  globalKeys(): Promise<GlobalConditionKeys | undefined>;
}

export interface PolicySuggestion {
  kind: 'service' | 'action' | 'resource' | 'condition-key';
  label: string;
  /** Replaces the string's text from its opening quote to the cursor. */
  insertText: string;
  /** `insertText` holds `${1:Name}` placeholders. */
  snippet?: boolean;
  /** Open the list again after inserting (a service prefix, then its actions). */
  retrigger?: boolean;
  detail?: string;
  documentation?: string;
}

export interface PolicyCompletions {
  /** Offset where the replaced text starts (just after the opening quote). */
  from: number;
  suggestions: PolicySuggestion[];
}

export interface PolicyHover {
  from: number;
  to: number;
  /** Markdown. */
  contents: string[];
}

const ACTION_ELEMENTS = new Set(['Action', 'NotAction']);
const RESOURCE_ELEMENTS = new Set(['Resource', 'NotResource']);

export async function policyCompletions(
  text: string,
  offset: number,
  source: CatalogSource,
): Promise<PolicyCompletions | undefined> {
  const context = stringAt(text, offset);
  if (!context) return undefined;
  const suggestions = await suggestionsFor(context, text, offset, source);
  return suggestions.length ? { from: context.start + 1, suggestions } : undefined;
}

async function suggestionsFor(
  context: StringContext,
  text: string,
  offset: number,
  source: CatalogSource,
): Promise<PolicySuggestion[]> {
  const element = context.keys[context.keys.length - 1] ?? '';
  if (!context.isKey && ACTION_ELEMENTS.has(element)) return actionSuggestions(context.typed, source);
  if (!context.isKey && RESOURCE_ELEMENTS.has(element)) {
    return resourceSuggestions(await statementServices(text, offset, source));
  }
  if (context.isKey && context.keys[context.keys.length - 2] === 'Condition') {
    const [globals, services] = await Promise.all([
      source.globalKeys(),
      statementServices(text, offset, source),
    ]);
    return conditionKeySuggestions(globals, services);
  }
  return [];
}

async function knownService(prefix: string, source: CatalogSource): Promise<ServiceCatalog | undefined> {
  const lower = prefix.toLowerCase();
  const index = await source.index();
  if (!index?.services.some((s) => s.prefix === lower)) return undefined;
  return source.service(lower);
}

async function actionSuggestions(typed: string, source: CatalogSource): Promise<PolicySuggestion[]> {
  const colon = typed.indexOf(':');
  if (colon < 0) {
    const index = await source.index();
    return (index?.services ?? []).map((s) => ({
      kind: 'service',
      label: `${s.prefix}:`,
      insertText: `${s.prefix}:`,
      retrigger: true,
      detail: s.name,
      documentation: `${s.name}: ${s.actionCount} actions`,
    }));
  }
  const service = await knownService(typed.slice(0, colon), source);
  if (!service) return [];
  return service.actions.map((action) => ({
    kind: 'action',
    label: `${service.prefix}:${action.name}`,
    insertText: `${service.prefix}:${action.name}`,
    detail: `${action.accessLevel} · ${service.name}`,
    documentation: action.description,
  }));
}

/** The catalog services of the statement around `offset`, from its Action entries. */
async function statementServices(
  text: string,
  offset: number,
  source: CatalogSource,
): Promise<ServiceCatalog[]> {
  const document = parsePolicy(text).document;
  const statement = document?.statements.find(
    (s) => s.range && s.range.start.offset <= offset && offset <= s.range.end.offset,
  );
  const prefixes = new Set(
    (statement?.action ?? []).flatMap((a) => {
      const colon = a.indexOf(':');
      const prefix = a.slice(0, colon).toLowerCase();
      return colon > 0 && !/[*?]/.test(prefix) ? [prefix] : [];
    }),
  );
  const services = await Promise.all([...prefixes].map((p) => knownService(p, source)));
  return services.filter((s): s is ServiceCatalog => s !== undefined);
}

/** `arn:${Partition}:s3:::${BucketName}` → `arn:aws:s3:::${1:BucketName}` (a snippet: Tab moves between names). */
export function arnSnippet(format: string): string {
  let n = 0;
  const escapeText = (t: string) => t.replace(/[\\$}]/g, '\\$&');
  const parts = format.split(/(\$\{[^${}]+\})/);
  return parts
    .map((part) => {
      const name = /^\$\{([^${}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeText(part);
      if (name === 'Partition') return 'aws';
      return `\${${++n}:${name}}`;
    })
    .join('');
}

function resourceSuggestions(services: readonly ServiceCatalog[]): PolicySuggestion[] {
  return services.flatMap((service) =>
    service.resourceTypes.map((type) => ({
      kind: 'resource' as const,
      label: type.arnFormat.replace('${Partition}', 'aws'),
      insertText: arnSnippet(type.arnFormat),
      snippet: true,
      detail: `${service.name} ${type.name}`,
      documentation: `The ARN of ${article(type.name)} ${type.name}: fill in each name, or \`*\` for any.`,
    })),
  );
}

function conditionKeySuggestions(
  globals: GlobalConditionKeys | undefined,
  services: readonly ServiceCatalog[],
): PolicySuggestion[] {
  const key = (k: CatalogConditionKey, owner: string): PolicySuggestion => ({
    kind: 'condition-key',
    label: k.key,
    insertText: k.key,
    detail: `${k.type} · ${owner}`,
    ...(k.description ? { documentation: k.description } : {}),
  });
  return [
    ...services.flatMap((s) => s.conditionKeys.map((k) => key(k, s.name))),
    ...(globals?.keys ?? []).map((k) => key(k, 'global')),
  ];
}

const article = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');

/** What the action or condition key under the cursor is, from the catalog. */
export async function policyHover(
  text: string,
  offset: number,
  source: CatalogSource,
): Promise<PolicyHover | undefined> {
  const context = stringAt(text, offset);
  if (!context) return undefined;
  const end = stringEnd(text, context.start);
  const value = text.slice(context.start + 1, end);
  const element = context.keys[context.keys.length - 1] ?? '';
  const colon = value.indexOf(':');
  if (colon <= 0 || /[*?]/.test(value)) return undefined;
  const span = { from: context.start, to: Math.min(text.length, end + 1) };
  if (!context.isKey && ACTION_ELEMENTS.has(element)) {
    const service = await knownService(value.slice(0, colon), source);
    const action = service ? findAction(service, value.slice(colon + 1)) : undefined;
    if (!service || !action) return undefined;
    return {
      ...span,
      contents: [
        `**${service.prefix}:${action.name}** · ${service.name}`,
        `Access level: **${action.accessLevel}**`,
        action.description,
      ],
    };
  }
  if (context.isKey && context.keys[context.keys.length - 2] === 'Condition') {
    const globals = await source.globalKeys();
    const prefix = value.slice(0, colon).toLowerCase();
    const service = prefix === 'aws' ? undefined : await knownService(prefix, source);
    const found =
      (globals && findConditionKey(value, globals.keys)) ||
      (service && findConditionKey(value, service.conditionKeys));
    if (!found) return undefined;
    return {
      ...span,
      contents: [`**${found.key}** · ${found.type}`, ...(found.description ? [found.description] : [])],
    };
  }
  return undefined;
}

/** Offset of the closing quote of the string opened at `start` (or where its line ends). */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  while (at < text.length) {
    const c = text.charAt(at);
    if (c === '\\') at += 2;
    else if (c === '"' || c === '\n' || c === '\r') return at;
    else at++;
  }
  return text.length;
}
