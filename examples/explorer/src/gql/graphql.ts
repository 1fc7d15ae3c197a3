/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows a contact list; every given condition must hold. */
export type ContactFilter = {
  /** Email address (case-insensitive). */
  email?: string | null | undefined;
  /** Any 2.x search expression. */
  search?: ContactSearch | null | undefined;
  /** The `id` of a Segment the contacts are in. */
  segmentId?: string | number | null | undefined;
  /** The `id` of a Tag the contacts carry. */
  tagId?: string | number | null | undefined;
};

/** One contact, by exactly one of: `id` or `intercomId` (users and leads), `userId` or `email` (users only; email case-insensitive). */
export type ContactRefInput = {
  email?: string | null | undefined;
  /** The `id` of a User or Lead. */
  id?: string | number | null | undefined;
  /** Intercom's id of the contact. */
  intercomId?: string | number | null | undefined;
  userId?: string | null | undefined;
};

export type ContactRole =
  | 'LEAD'
  | 'USER';

/** A 2.x contact search expression: either a filter (`field` or `customAttribute`, with `operator` and `value`) or a group (`and` or `or`). Limits are the upstream's (15 filters per group, 2 levels of nesting). */
export type ContactSearch = {
  and?: Array<ContactSearch> | null | undefined;
  /** The name of a custom attribute (as in `customAttributes`), instead of `field`. */
  customAttribute?: string | null | undefined;
  /** A standard contact field. */
  field?: ContactSearchField | null | undefined;
  operator?: SearchOperator | null | undefined;
  or?: Array<ContactSearch> | null | undefined;
  /** A string, number, boolean or null; a list for IN and NIN. */
  value?: unknown;
};

/** A searchable contact field, named as the schema names it. Dates take Unix seconds or an ISO 8601 date-time; ids take the global `id`s the schema returns. Custom attributes go in `customAttribute` instead. */
export type ContactSearchField =
  | 'browser'
  | 'browserLanguage'
  | 'createdAt'
  | 'email'
  | 'emailDomain'
  | 'hasHardBounced'
  /** The `id` of a User or Lead. */
  | 'id'
  /** Intercom's id of the contact. */
  | 'intercomId'
  | 'languageOverride'
  | 'lastContactedAt'
  | 'lastEmailClickedAt'
  | 'lastEmailOpenedAt'
  | 'lastRepliedAt'
  | 'lastSeenAt'
  | 'locationCity'
  | 'locationCountry'
  | 'locationRegion'
  | 'markedEmailAsSpam'
  | 'name'
  | 'os'
  /** Intercom id of the owning admin (a number). */
  | 'ownerId'
  | 'phone'
  /** `"USER"` or `"LEAD"`, as `ContactRole` names them (or in lower case). */
  | 'role'
  /** The `id` of a Segment. */
  | 'segmentId'
  | 'sessionCount'
  | 'signedUpAt'
  /** The `id` of a Tag. */
  | 'tagId'
  | 'unsubscribedFromEmails'
  | 'updatedAt'
  /** Your id for the user. */
  | 'userId';

/** The 2.x search operators. Dates allow only EQ, GT and LT; tagId and segmentId only EQ and NE. */
export type SearchOperator =
  /** `~` */
  | 'CONTAINS'
  /** `$` */
  | 'ENDS_WITH'
  /** `=` */
  | 'EQ'
  /** `>` */
  | 'GT'
  /** `>=` */
  | 'GTE'
  /** `IN` */
  | 'IN'
  /** `<` */
  | 'LT'
  /** `<=` */
  | 'LTE'
  /** `!=` */
  | 'NE'
  /** `NIN` */
  | 'NIN'
  /** `!~` */
  | 'NOT_CONTAINS'
  /** `^` */
  | 'STARTS_WITH';

export type CompanyPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CompanyPageQuery = { company: { id: string, name: string | null, companyId: string, plan: string | null, industry: string | null, website: string | null, userCount: number, monthlySpend: number | null, tags: Array<{ id: string, name: string }>, users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
          | { id: string, name: string | null, email: string | null, role: ContactRole, tags: Array<{ id: string, name: string }> | null }
          | { id: string, name: string | null, email: string | null, role: ContactRole, tags: Array<{ id: string, name: string }> | null }
         }> } | null } | null };

export type MemberRowFragment = { id: string, name: string | null, email: string | null, companies: Array<{ id: string, name: string | null }> | null, tags: Array<{ id: string, name: string }> | null };

export type TagMembersQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type TagMembersQuery = { tag: { id: string, name: string, contactCount: number, users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string | null, email: string | null, companies: Array<{ id: string, name: string | null }> | null, tags: Array<{ id: string, name: string }> | null } }> } | null } | null };

export type SegmentMembersQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type SegmentMembersQuery = { segment: { id: string, name: string, count: number, users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string | null, email: string | null, companies: Array<{ id: string, name: string | null }> | null, tags: Array<{ id: string, name: string }> | null } }> } | null } | null };

export type SearchUsersQueryVariables = Exact<{
  filter: ContactFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string | null, email: string | null, companies: Array<{ id: string, name: string | null }> | null, tags: Array<{ id: string, name: string }> | null } }> } | null };

export type ExplorerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerOverviewQuery = { tags: Array<{ id: string, name: string, contactCount: number, companyCount: number }> | null, segments: Array<{ id: string, name: string, personType: string, count: number, companyCount: number }> | null, counts: { users: number, leads: number, companies: number, userTagCounts: Array<{ name: string, count: number }> } | null };

export type TagUserMutationVariables = Exact<{
  name: string;
  user: ContactRefInput;
}>;


export type TagUserMutation = { tagUsers:
    | { __typename: 'BadInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'TagUsersPayload', tag: { id: string, name: string }, contacts: Array<
        | { id: string, tags: Array<{ id: string, name: string }> | null }
        | { id: string, tags: Array<{ id: string, name: string }> | null }
      > | null }
   | null };

export type UntagUserMutationVariables = Exact<{
  name: string;
  user: ContactRefInput;
}>;


export type UntagUserMutation = { untagUsers:
    | { __typename: 'BadInputError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'UntagUsersPayload', tag: { id: string, name: string }, contacts: Array<
        | { id: string, tags: Array<{ id: string, name: string }> | null }
        | { id: string, tags: Array<{ id: string, name: string }> | null }
      > | null }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MemberRowFragmentDoc = new TypedDocumentString(`
    fragment MemberRow on User {
  id
  name
  email
  companies {
    id
    name
  }
  tags {
    id
    name
  }
}
    `, {"fragmentName":"MemberRow"}) as unknown as TypedDocumentString<MemberRowFragment, unknown>;
export const CompanyPageDocument = new TypedDocumentString(`
    query CompanyPage($id: ID!, $first: Int!, $after: String) {
  company(id: $id) {
    id
    name
    companyId
    plan
    industry
    website
    userCount
    monthlySpend
    tags {
      id
      name
    }
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          role
          tags {
            id
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:5cc1a0c095513339926195a20696bf42ff11fc3b7c63dc41516a5a4ed907f021"}) as unknown as TypedDocumentString<CompanyPageQuery, CompanyPageQueryVariables>;
export const TagMembersDocument = new TypedDocumentString(`
    query TagMembers($id: ID!, $first: Int!, $after: String) {
  tag(id: $id) {
    id
    name
    contactCount
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MemberRow
        }
      }
    }
  }
}
    fragment MemberRow on User {
  id
  name
  email
  companies {
    id
    name
  }
  tags {
    id
    name
  }
}`, {"hash":"sha256:685247606e61b84722e2a4f3138c1abc74a11ef149e03e6e0645f58f56d83631"}) as unknown as TypedDocumentString<TagMembersQuery, TagMembersQueryVariables>;
export const SegmentMembersDocument = new TypedDocumentString(`
    query SegmentMembers($id: ID!, $first: Int!, $after: String) {
  segment(id: $id) {
    id
    name
    count
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MemberRow
        }
      }
    }
  }
}
    fragment MemberRow on User {
  id
  name
  email
  companies {
    id
    name
  }
  tags {
    id
    name
  }
}`, {"hash":"sha256:b6eb977ddffd124724d96a37ef2cde309fcde4d223562f27024d1202bbcee8d7"}) as unknown as TypedDocumentString<SegmentMembersQuery, SegmentMembersQueryVariables>;
export const SearchUsersDocument = new TypedDocumentString(`
    query SearchUsers($filter: ContactFilter!, $first: Int!, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...MemberRow
      }
    }
  }
}
    fragment MemberRow on User {
  id
  name
  email
  companies {
    id
    name
  }
  tags {
    id
    name
  }
}`, {"hash":"sha256:1fcdbe6bf663107122bb745edb7f7ce62e862d2d92e053437760aaa94bf5434e"}) as unknown as TypedDocumentString<SearchUsersQuery, SearchUsersQueryVariables>;
export const ExplorerOverviewDocument = new TypedDocumentString(`
    query ExplorerOverview {
  tags {
    id
    name
    contactCount
    companyCount
  }
  segments {
    id
    name
    personType
    count
    companyCount
  }
  counts {
    users
    leads
    companies
    userTagCounts {
      name
      count
    }
  }
}
    `, {"hash":"sha256:db6434e6fdf2df037fa302621c9938e781419b53d9ba6d8d3cae65bb44c63361"}) as unknown as TypedDocumentString<ExplorerOverviewQuery, ExplorerOverviewQueryVariables>;
export const TagUserDocument = new TypedDocumentString(`
    mutation TagUser($name: String!, $user: ContactRefInput!) {
  tagUsers(name: $name, users: [$user]) {
    __typename
    ... on TagUsersPayload {
      tag {
        id
        name
      }
      contacts {
        id
        tags {
          id
          name
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    `, {"hash":"sha256:42f28aa356ed76e551f41b51f7fdc3c99a8cac0d1beccccedc2be2c96f10de4f"}) as unknown as TypedDocumentString<TagUserMutation, TagUserMutationVariables>;
export const UntagUserDocument = new TypedDocumentString(`
    mutation UntagUser($name: String!, $user: ContactRefInput!) {
  untagUsers(name: $name, users: [$user]) {
    __typename
    ... on UntagUsersPayload {
      tag {
        id
        name
      }
      contacts {
        id
        tags {
          id
          name
        }
      }
    }
    ... on Error {
      message
    }
  }
}
    `, {"hash":"sha256:f031c3cd523b4f7f864a3a14e312363a383d3db18347c14e1f515337e9898cd4"}) as unknown as TypedDocumentString<UntagUserMutation, UntagUserMutationVariables>;