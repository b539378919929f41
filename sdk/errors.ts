/**
 * Stable error codes. Callers switch on `code`, never on `instanceof`: across a worker boundary
 * the subclass is lost, the code is not.
 */
export type KerfErrorCode =
  | 'DXF_PARSE_ERROR'
  | 'NO_CUT_GEOMETRY'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_UNITS'
  | 'FILE_NOT_FOUND'
  | 'INVALID_COORDINATES'
  | 'INVALID_GEOMETRY'
  | 'DRAWING_TOO_COMPLEX'
  | 'INVALID_OPTION'
  | 'INVALID_PARAMETER'
  | 'UNKNOWN_TEMPLATE'
  | 'INVALID_CATALOG'
  | 'INVALID_PROFILE'
  | 'UNKNOWN_MATERIAL'
  | 'UNAVAILABLE_THICKNESS'
  | 'INVALID_QUANTITY'
  | 'PART_TOO_LARGE'
  | 'INVALID_FINISHING'
  | 'UNKNOWN_LEAD_TIME'
  | 'INVALID_DATE'
  | 'ABORTED'
  | 'INTERNAL_ERROR'
  // the portal API's codes (server/http/errors.ts and the routes), seen by sdk/client
  | 'VALIDATION_ERROR'
  | 'MALFORMED_JSON'
  | 'BAD_REQUEST'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNAUTHENTICATED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TOKEN'
  | 'INVALID_KEY'
  | 'FORBIDDEN'
  | 'FORBIDDEN_ORIGIN'
  | 'NOT_FOUND'
  | 'BASKET_EMPTY'
  | 'NO_APPROVER'
  | 'INVALID_STATUS'
  | 'INVALID_TRANSITION'
  | 'ALREADY_MEMBER'
  | 'ALREADY_DECIDED'
  | 'EMAIL_TAKEN'
  | 'CUSTOMER_NUMBER_TAKEN'
  | 'GROUP_EXISTS'
  | 'GROUP_IN_USE'
  | 'LOCKOUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_REQUESTS'
  // the HTTP client's own: no answer, an answer without the API's error shape, an unreadable body
  | 'NETWORK_ERROR'
  | 'HTTP_ERROR'
  | 'INVALID_RESPONSE'
  // a newer server may send codes this SDK does not list yet; they still type-check
  | (string & {});

/**
 * An error with a stable `code` and a plain-language `message` meant for the person who
 * uploaded the drawing.
 *
 * @example
 * try { await analyzeDxf(text) } catch (e) { if (isKerfError(e) && e.code === 'NO_CUT_GEOMETRY') … }
 */
export class KerfError extends Error {
  readonly code: KerfErrorCode;
  constructor(code: KerfErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KerfError';
    this.code = code;
  }

  /** The wire form used by the CLI and the HTTP API. */
  toJSON(): { error: { code: KerfErrorCode; message: string } } {
    return { error: { code: this.code, message: this.message } };
  }
}

/** True for a KerfError, also one that crossed a worker boundary as a plain object. */
export function isKerfError(e: unknown): e is KerfError {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string'
    && typeof (e as { message?: unknown }).message === 'string';
}
