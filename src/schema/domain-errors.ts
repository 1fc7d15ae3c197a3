/**
 * Domain errors: expected failures the caller can act on. They are GraphQLErrors with a stable
 * `extensions.code`, so yoga's error masking lets them through as they are; mutations list them in
 * their result unions (errors plugin) so clients get them as typed data instead. Only the schema
 * layer raises them: loaders load, resolvers judge the arguments and the answers.
 */
import { GraphQLError } from 'graphql';

export class DomainError extends GraphQLError {
  constructor(message: string, code: string, field?: string) {
    super(message, { extensions: field === undefined ? { code } : { code, field } });
    this.name = new.target.name;
  }

  /** The input field the error is about, when there is one. */
  get field(): string | null {
    const field = this.extensions['field'];
    return typeof field === 'string' ? field : null;
  }
}

/** Something the caller named does not exist upstream. */
export class NotFoundError extends DomainError {
  constructor(message: string, field?: string) {
    super(message, 'NOT_FOUND', field);
  }
}

/** The input is wrong in a way the caller can fix; the message says how. */
export class BadInputError extends DomainError {
  constructor(message: string, field?: string) {
    super(message, 'BAD_USER_INPUT', field);
  }
}

/** Leads can only be tagged by their id (the 2.x tag endpoint takes contact ids): not by userId or email. */
export class LeadRequiresIdError extends DomainError {
  constructor(field: string) {
    super(
      `Leads can only be tagged and untagged by \`id\` or \`intercomId\`; \`${field}\` is accepted for users only`,
      'BAD_USER_INPUT',
      field,
    );
  }
}
