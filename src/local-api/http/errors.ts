import { randomUUID } from 'node:crypto';

/** One entry of Intercom's `error.list` envelope. */
export interface ErrorItem {
  code: string;
  message: string;
  field?: string;
}

/**
 * An error the API answers with on purpose: an HTTP status plus Intercom's documented error code.
 * Throw it from any handler; the server turns it into the `error.list` envelope.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, field?: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.headers = headers;
  }

  toItem(): ErrorItem {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

export function errorEnvelope(items: ErrorItem[], requestId: string = randomUUID()) {
  return { type: 'error.list', request_id: requestId, errors: items };
}

// The canonical errors of Intercom (docs/intercom-contract.md#errors), so every route says them the same way.
export const notFound = (message = 'Resource Not Found', field?: string) => new ApiError(404, 'not_found', message, field);
export const userNotFound = () => new ApiError(404, 'not_found', 'User Not Found');
export const companyNotFound = () => new ApiError(404, 'company_not_found', 'Company Not Found');
export const parameterInvalid = (message: string, field?: string) => new ApiError(400, 'parameter_invalid', message, field);
export const parameterNotFound = (message: string, field?: string) => new ApiError(400, 'parameter_not_found', message, field);
export const badRequest = (message: string, field?: string) => new ApiError(400, 'bad_request', message, field);
export const versionInvalid = () =>
  new ApiError(400, 'intercom_version_invalid', 'Requested resource is not available in current API version');
