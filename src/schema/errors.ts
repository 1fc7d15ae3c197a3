/**
 * The domain errors of mutation result unions (errors plugin): an `Error` interface every error
 * implements, so clients can always select `... on Error { message }`, plus one type per failure a
 * caller can act on. Unexpected failures are not listed anywhere and stay GraphQL errors (masked
 * by yoga unless they carry a code).
 *
 * Every mutation answers `<Name>Result`: a union of its payload object `<Name>Payload` (named
 * fields for what was written: `{ tag }`, `{ tag contacts }`, `{ user company }` …) and these errors.
 */
import { isUpstreamError } from '../intercom/errors.js';
import { BadInputError, DomainError, LeadRequiresIdError, NotFoundError } from './domain-errors.js';
import { builder } from './builder.js';

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'A failure the caller can act on; `message` says what went wrong and how to fix it.',
  fields: (t) => ({
    message: t.exposeString('message'),
    field: t.string({ nullable: true, description: 'The input field the error is about.', resolve: (error) => error.field }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'Something the input names does not exist upstream.',
  interfaces: [ErrorInterface],
});

builder.objectType(BadInputError, {
  name: 'BadInputError',
  description: 'The input is invalid; the message names the field and the rule.',
  interfaces: [ErrorInterface],
});

builder.objectType(LeadRequiresIdError, {
  name: 'LeadRequiresIdError',
  description: 'Leads can be tagged only by `id` or `intercomId`, not by userId or email.',
  interfaces: [ErrorInterface],
});

/** The error types every mutation can answer with. */
export const MUTATION_ERRORS = [NotFoundError, BadInputError];

/**
 * Runs a write and turns the upstream's "not found" and "invalid" answers into domain errors, so the
 * mutation's result union carries them as data. Anything else (auth, rate limit, outage) is rethrown.
 */
export async function asDomainErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUpstreamError(error) && error.code === 'NOT_FOUND') throw new NotFoundError(error.message, error.field);
    if (isUpstreamError(error) && error.code === 'BAD_USER_INPUT') throw new BadInputError(error.message, error.field);
    throw error;
  }
}
