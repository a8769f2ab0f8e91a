// The AWS API front door at `/` for the aws CLI and the AWS SDKs: the Query protocol (IAM
// 2010-05-08, STS 2011-06-15; form body or query string, XML out) and JSON 1.1 (Organizations,
// CloudTrail; `X-Amz-Target`, JSON in and out). It authenticates the SigV4 signature, picks
// the operation by the credential scope's service and `Action` or target, validates the input by
// AWS's model, calls the action (which calls the same service functions as the console's /api)
// and writes AWS's answer. A second door, never a second implementation.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from '../auth/principal.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../http/error-handler.js';
import { protocolOf, requestInfoOf, type TrustProxy } from '../http/locals.js';
import { assignRequestId } from '../http/request-id.js';
import { logWhenFinished } from '../http/request-logger.js';
import { setSecurityHeaders } from '../http/security-headers.js';
import type { AppDeps, ServiceContext } from '../services/service-context.js';
import type { AwsActionTable } from './action-table.js';
import { doorMetrics } from './door-metrics.js';
import { recordKeyUse } from './last-used.js';
import { resolveCredential } from './credentials/resolve-caller.js';
import { iamActions } from './iam/iam-actions.js';
import { AwsError, awsErrorOf } from './protocol/aws-error.js';
import { readQueryInput } from './protocol/query-input.js';
import {
  CLOUDTRAIL_MODEL,
  IAM_MODEL,
  ORGANIZATIONS_MODEL,
  STS_MODEL,
  type ServiceModel,
} from './protocol/service-model.js';
import {
  JSON_CONTENT_TYPE,
  jsonErrorBody,
  jsonResponseBody,
  readJsonInput,
} from './protocol/json-protocol.js';
import { cloudtrailActions, cloudtrailInputError } from './cloudtrail/cloudtrail-actions.js';
import { organizationsActions, organizationsInputError } from './organizations/organizations-actions.js';
import { errorResponseXml, queryResponseXml } from './protocol/xml-output.js';
import { readSignedParts } from './sigv4/authorization-header.js';
import { checkSigningTime, verifySignature } from './sigv4/verify-signature.js';
import { stsActions } from './sts/sts-actions.js';

/** Larger than any valid request (policy documents are at most 131,072 characters). */
export const MAX_BODY_BYTES = 1024 * 1024;

interface AwsService {
  model: ServiceModel;
  actions: AwsActionTable;
  /** The service's own error for an input that breaks the model, where it has one (CloudTrail's, Organizations'). */
  inputError?: (action: string, error: AwsError) => AwsError;
}

const SERVICES: Record<string, AwsService> = {
  iam: { model: IAM_MODEL, actions: iamActions },
  sts: { model: STS_MODEL, actions: stsActions },
  organizations: {
    model: ORGANIZATIONS_MODEL,
    actions: organizationsActions,
    inputError: organizationsInputError,
  },
  cloudtrail: { model: CLOUDTRAIL_MODEL, actions: cloudtrailActions, inputError: cloudtrailInputError },
};

/** What the answer is written as: the Query protocol's XML (with its namespace) or JSON 1.1. */
interface AnswerFormat {
  json: boolean;
  namespace?: string;
}

/** The request target's path, without its query: `/` for every AWS API call. */
function pathOf(url: string): string {
  if (url.startsWith('/')) {
    const q = url.indexOf('?');
    return q < 0 ? url : url.slice(0, q);
  }
  // The absolute form (`POST http://host/ HTTP/1.1`), which only proxies send.
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** Which requests are AWS API calls (POST to `/`, or GET `/` with an action or a presigned query); everything else is the console's. */
export function isAwsRequest(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (pathOf(url) !== '/') return false;
  if (req.method === 'POST') return true;
  if (req.method !== 'GET') return false;
  const q = url.indexOf('?');
  if (q < 0) return false;
  const params = new URLSearchParams(url.slice(q + 1));
  return params.has('Action') || params.has('X-Amz-Algorithm');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(
        new AwsError('RequestEntityTooLarge', `Request body must be at most ${MAX_BODY_BYTES} bytes`, 413),
      );
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(
          new AwsError('RequestEntityTooLarge', `Request body must be at most ${MAX_BODY_BYTES} bytes`, 413),
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function formParams(text: string, into: Map<string, string>): void {
  for (const [k, v] of new URLSearchParams(text)) if (!into.has(k)) into.set(k, v);
}

function contentType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function pickService(scopeService: string, action: string | undefined): AwsService {
  const service = SERVICES[scopeService];
  if (service) return service;
  throw new AwsError(
    'InvalidAction',
    `Could not find operation ${action ?? ''} for service ${scopeService}`,
    400,
  );
}

/**
 * GetSessionToken credentials (an IAM user's or the root user's temporary credentials) may call
 * IAM only when MFA-authenticated, and of STS only AssumeRole and GetCallerIdentity: AWS's rule.
 */
function assertSessionMayCall(principal: Principal, service: string, action: string): void {
  if (principal.type === 'role-session' || !principal.tokenIssuedAt) return;
  if (service === 'iam' && !principal.mfaAuthenticatedAt) {
    throw new AwsError(
      'AccessDenied',
      'You cannot call any IAM API operations unless MFA authentication information is included in the request.',
      403,
    );
  }
  if (service === 'sts' && action !== 'AssumeRole' && action !== 'GetCallerIdentity') {
    throw new AwsError('AccessDenied', `Cannot call ${action} with session credentials`, 403);
  }
}

/** JSON 1.1: the operation named by `X-Amz-Target: <targetPrefix>.<Operation>`. */
function jsonOperation(req: IncomingMessage, service: AwsService): string {
  const target = String(req.headers['x-amz-target'] ?? '');
  const dot = target.lastIndexOf('.');
  const prefix = target.slice(0, dot);
  const operation = target.slice(dot + 1);
  // botocore (the aws CLI) sends the model's full prefix; the Smithy-built SDK v3 sends only the
  // service shape's name (`CloudTrail_20131101`). AWS accepts both.
  const full = service.model.metadata.targetPrefix ?? '';
  if (
    dot < 0 ||
    (prefix !== full && !full.endsWith(`.${prefix}`)) ||
    !Object.hasOwn(service.actions, operation)
  ) {
    throw new AwsError('UnknownOperationException', `Unknown operation ${target}`, 400);
  }
  return operation;
}

/** One AWS API call as it is answered: what the door knows of it before and after authentication. */
interface DoorCall {
  deps: AppDeps;
  trust: TrustProxy;
  requestId: string;
  format: AnswerFormat;
  /** The authenticated caller, for the log line. */
  principalArn?: string;
}

async function handle(req: IncomingMessage, call: DoorCall): Promise<string> {
  const { deps, format } = call;
  const now = deps.clock();
  const body = req.method === 'POST' ? await readBody(req) : Buffer.alloc(0);
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const query = new Map<string, string>();
  if (q >= 0) formParams(url.slice(q + 1), query);
  const params = new Map(query);
  if (format.json) {
    // The body is the operation's JSON input, read after authentication.
  } else if (body.length > 0) {
    const type = contentType(req);
    if (type !== '' && type !== 'application/x-www-form-urlencoded') {
      throw new AwsError(
        'InvalidAction',
        'Only the AWS Query protocol (application/x-www-form-urlencoded) and JSON 1.1 are served here',
        400,
      );
    }
    formParams(body.toString('utf8'), params);
  }

  const parts = readSignedParts(req.headers, query);
  const signedAt = checkSigningTime(parts, now);
  const credential = await resolveCredential(deps, parts.scope.accessKeyId, parts.sessionToken, now);
  // The CPU of checking the signature: a header-signed request is checked before verifySignature
  // returns (only a presigned URL's check awaits), so the time other requests run while this one
  // awaits is not counted (key reads shared by a turn's requests resume them all together).
  const sigv4Start = process.hrtime.bigint();
  const verified = verifySignature(
    { method: req.method ?? '', path: '/', query, headers: req.headers, body },
    parts,
    signedAt,
    credential.secretAccessKey,
  );
  doorMetrics.sigv4Ns += process.hrtime.bigint() - sigv4Start;
  await verified;
  doorMetrics.requests++;
  call.principalArn = credential.principal.arn;

  let action: string;
  let service: AwsService;
  if (format.json) {
    service = pickService(parts.scope.service, undefined);
    if (service.model.metadata.protocol !== 'json') {
      throw new AwsError('UnknownOperationException', `${parts.scope.service} is not served over JSON`, 400);
    }
    action = jsonOperation(req, service);
  } else {
    const named = params.get('Action');
    service = pickService(parts.scope.service, named);
    format.namespace = service.model.metadata.xmlNamespace;
    if (!named) throw new AwsError('MissingAction', 'Missing Action', 400);
    const version = params.get('Version');
    const known = Object.hasOwn(service.actions, named) && service.model.metadata.protocol === 'query';
    if (!service.model.operations[named] || !known || version !== service.model.metadata.apiVersion) {
      throw new AwsError(
        'InvalidAction',
        `Could not find operation ${named} for version ${version ?? 'NO_VERSION_SPECIFIED'}`,
        400,
      );
    }
    action = named;
  }
  const operation = service.model.operations[action]!;
  const handler = service.actions[action]!;
  assertSessionMayCall(credential.principal, parts.scope.service, action);
  let input;
  try {
    input = format.json
      ? readJsonInput(service.model, operation.input, body)
      : readQueryInput(service.model, operation.input, params);
  } catch (err) {
    throw err instanceof AwsError && service.inputError ? service.inputError(action, err) : err;
  }
  const ctx: ServiceContext = {
    ...deps,
    request: {
      ...requestInfoOf(req, call.requestId, deps, call.trust),
      door: 'aws',
      ...(credential.authzVersion !== undefined
        ? { authzVersion: { accountId: credential.principal.accountId, version: credential.authzVersion } }
        : {}),
    },
    principal: credential.principal,
  };
  if (credential.longTerm) {
    await recordKeyUse(deps, parts.scope.accessKeyId, parts.scope.service, parts.scope.region, now);
  }
  const result = (await handler(ctx, input)) ?? undefined;
  return format.json
    ? jsonResponseBody(service.model, action, result)
    : queryResponseXml(service.model, action, result, call.requestId);
}

const XML_TYPE = 'text/xml; charset=utf-8';
const JSON_TYPE = `${JSON_CONTENT_TYPE}; charset=utf-8`;

/**
 * Writes the answer as Express's `send` would, less its ETag (a hash of every body, which AWS
 * does not send and no client of these APIs asks for) and its conditional-GET handling.
 */
function send(res: ServerResponse, status: number, json: boolean, body: string): void {
  const bytes = Buffer.from(body, 'utf8');
  res.statusCode = status;
  res.setHeader('Content-Type', json ? JSON_TYPE : XML_TYPE);
  res.setHeader('Content-Length', bytes.length);
  res.end(bytes);
}

/** JSON services name their errors with an `Exception` suffix where the Query ones do not. */
function jsonErrorCode(code: string): string {
  if (code === 'AccessDenied') return 'AccessDeniedException';
  if (code === 'ValidationError') return 'ValidationException';
  return code;
}

/**
 * Serves AWS API calls (isAwsRequest) straight from Node's HTTP server, without Express's router:
 * the door needs none of the console's middleware, and at thousands of calls a second its cost
 * showed. It does what that middleware does for every answer: a request id, the security
 * headers, one log line.
 */
export function awsDoor(
  deps: AppDeps,
  trust: TrustProxy,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const requestId = assignRequestId(res);
    const call: DoorCall = {
      deps,
      trust,
      requestId,
      format: {
        json:
          req.method === 'POST' &&
          contentType(req) === JSON_CONTENT_TYPE &&
          req.headers['x-amz-target'] !== undefined,
      },
    };
    logWhenFinished(deps.log, req, res, requestId, () => call.principalArn);
    setSecurityHeaders(res, protocolOf(req, trust) === 'https');
    res.setHeader('x-amzn-RequestId', requestId);
    const { format } = call;
    handle(req, call).then(
      (answer) => send(res, 200, format.json, answer),
      (err: unknown) => {
        const error = awsErrorOf(err);
        if (error.status >= 500) deps.log.error({ err, requestId }, 'AWS API request failed');
        if (error.status === 503) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        send(
          res,
          error.status,
          format.json,
          format.json
            ? jsonErrorBody(jsonErrorCode(error.code), error.message)
            : errorResponseXml(error.type, error.code, error.message, requestId, format.namespace),
        );
      },
    );
  };
}
