/**
 * Every error code the API returns, with its HTTP status: the one map from code to status.
 * AWS's IAM codes where AWS has one; a few of our own for the console's sessions.
 */
export const ERROR_STATUS = {
  InvalidInput: 400,
  ValidationError: 400,
  MalformedPolicyDocument: 400,
  PasswordPolicyViolation: 400,
  /** Attaching a policy AWS reserves for service-linked roles (AWS's code). */
  PolicyNotAttachable: 400,
  /** STS: session policies and tags over the packed size AWS allows. */
  PackedPolicyTooLarge: 400,
  NotAuthenticated: 401,
  AccessDenied: 403,
  /** The caller must change their password before doing anything else. */
  PasswordResetRequired: 403,
  /** A state-changing request without the session's CSRF token, or from a foreign origin. */
  InvalidCsrfToken: 403,
  NoSuchEntity: 404,
  /** No API at this method and path. */
  NotFound: 404,
  EntityAlreadyExists: 409,
  DeleteConflict: 409,
  LimitExceeded: 409,
  EntityTemporarilyUnmodifiable: 409,
  ConcurrentModification: 409,
  UnsupportedMediaType: 415,
  Throttling: 429,
  ServiceFailure: 500,
  // AWS Organizations (JSON 1.1): every client error is HTTP 400, as AWS answers them.
  AWSOrganizationsNotInUseException: 400,
  AlreadyInOrganizationException: 400,
  AccountNotFoundException: 400,
  AccountOwnerNotVerifiedException: 400,
  ChildNotFoundException: 400,
  ConstraintViolationException: 400,
  CreateAccountStatusNotFoundException: 400,
  DestinationParentNotFoundException: 400,
  DuplicateAccountException: 400,
  DuplicateHandshakeException: 400,
  DuplicateOrganizationalUnitException: 400,
  DuplicatePolicyAttachmentException: 400,
  DuplicatePolicyException: 400,
  HandshakeConstraintViolationException: 400,
  HandshakeNotFoundException: 400,
  InvalidHandshakeTransitionException: 400,
  InvalidInputException: 400,
  MalformedPolicyDocumentException: 400,
  MasterCannotLeaveOrganizationException: 400,
  OrganizationNotEmptyException: 400,
  OrganizationalUnitNotEmptyException: 400,
  OrganizationalUnitNotFoundException: 400,
  ParentNotFoundException: 400,
  PolicyInUseException: 400,
  PolicyNotAttachedException: 400,
  PolicyNotFoundException: 400,
  PolicyTypeAlreadyEnabledException: 400,
  PolicyTypeNotEnabledException: 400,
  RootNotFoundException: 400,
  SourceParentNotFoundException: 400,
  TargetNotFoundException: 400,
  // IAM Access Analyzer (REST-JSON), with AWS's statuses.
  ValidationException: 400,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  ServiceQuotaExceededException: 402,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export function statusFor(code: ErrorCode): number {
  return ERROR_STATUS[code];
}
