/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CompanyPage($id: ID!, $first: Int!, $after: String) {\n  company(id: $id) {\n    id\n    name\n    companyId\n    plan\n    industry\n    website\n    userCount\n    monthlySpend\n    tags {\n      id\n      name\n    }\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          tags {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CompanyPageDocument,
    "fragment MemberRow on User {\n  id\n  name\n  email\n  companies {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n}\n\nquery TagMembers($id: ID!, $first: Int!, $after: String) {\n  tag(id: $id) {\n    id\n    name\n    contactCount\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n}\n\nquery SegmentMembers($id: ID!, $first: Int!, $after: String) {\n  segment(id: $id) {\n    id\n    name\n    count\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n}\n\nquery SearchUsers($filter: ContactFilter!, $first: Int!, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...MemberRow\n      }\n    }\n  }\n}": typeof types.MemberRowFragmentDoc,
    "query ExplorerOverview {\n  tags {\n    id\n    name\n    contactCount\n    companyCount\n  }\n  segments {\n    id\n    name\n    personType\n    count\n    companyCount\n  }\n  counts {\n    users\n    leads\n    companies\n    userTagCounts {\n      name\n      count\n    }\n  }\n}": typeof types.ExplorerOverviewDocument,
    "mutation TagUser($name: String!, $user: ContactRefInput!) {\n  tagUsers(name: $name, users: [$user]) {\n    __typename\n    ... on TagUsersPayload {\n      tag {\n        id\n        name\n      }\n      contacts {\n        id\n        tags {\n          id\n          name\n        }\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}\n\nmutation UntagUser($name: String!, $user: ContactRefInput!) {\n  untagUsers(name: $name, users: [$user]) {\n    __typename\n    ... on UntagUsersPayload {\n      tag {\n        id\n        name\n      }\n      contacts {\n        id\n        tags {\n          id\n          name\n        }\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}": typeof types.TagUserDocument,
};
const documents: Documents = {
    "query CompanyPage($id: ID!, $first: Int!, $after: String) {\n  company(id: $id) {\n    id\n    name\n    companyId\n    plan\n    industry\n    website\n    userCount\n    monthlySpend\n    tags {\n      id\n      name\n    }\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          tags {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.CompanyPageDocument,
    "fragment MemberRow on User {\n  id\n  name\n  email\n  companies {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n}\n\nquery TagMembers($id: ID!, $first: Int!, $after: String) {\n  tag(id: $id) {\n    id\n    name\n    contactCount\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n}\n\nquery SegmentMembers($id: ID!, $first: Int!, $after: String) {\n  segment(id: $id) {\n    id\n    name\n    count\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n}\n\nquery SearchUsers($filter: ContactFilter!, $first: Int!, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...MemberRow\n      }\n    }\n  }\n}": types.MemberRowFragmentDoc,
    "query ExplorerOverview {\n  tags {\n    id\n    name\n    contactCount\n    companyCount\n  }\n  segments {\n    id\n    name\n    personType\n    count\n    companyCount\n  }\n  counts {\n    users\n    leads\n    companies\n    userTagCounts {\n      name\n      count\n    }\n  }\n}": types.ExplorerOverviewDocument,
    "mutation TagUser($name: String!, $user: ContactRefInput!) {\n  tagUsers(name: $name, users: [$user]) {\n    __typename\n    ... on TagUsersPayload {\n      tag {\n        id\n        name\n      }\n      contacts {\n        id\n        tags {\n          id\n          name\n        }\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}\n\nmutation UntagUser($name: String!, $user: ContactRefInput!) {\n  untagUsers(name: $name, users: [$user]) {\n    __typename\n    ... on UntagUsersPayload {\n      tag {\n        id\n        name\n      }\n      contacts {\n        id\n        tags {\n          id\n          name\n        }\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}": types.TagUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanyPage($id: ID!, $first: Int!, $after: String) {\n  company(id: $id) {\n    id\n    name\n    companyId\n    plan\n    industry\n    website\n    userCount\n    monthlySpend\n    tags {\n      id\n      name\n    }\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          role\n          tags {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').CompanyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MemberRow on User {\n  id\n  name\n  email\n  companies {\n    id\n    name\n  }\n  tags {\n    id\n    name\n  }\n}\n\nquery TagMembers($id: ID!, $first: Int!, $after: String) {\n  tag(id: $id) {\n    id\n    name\n    contactCount\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n}\n\nquery SegmentMembers($id: ID!, $first: Int!, $after: String) {\n  segment(id: $id) {\n    id\n    name\n    count\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MemberRow\n        }\n      }\n    }\n  }\n}\n\nquery SearchUsers($filter: ContactFilter!, $first: Int!, $after: String) {\n  users(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        ...MemberRow\n      }\n    }\n  }\n}"): typeof import('./graphql').MemberRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerOverview {\n  tags {\n    id\n    name\n    contactCount\n    companyCount\n  }\n  segments {\n    id\n    name\n    personType\n    count\n    companyCount\n  }\n  counts {\n    users\n    leads\n    companies\n    userTagCounts {\n      name\n      count\n    }\n  }\n}"): typeof import('./graphql').ExplorerOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TagUser($name: String!, $user: ContactRefInput!) {\n  tagUsers(name: $name, users: [$user]) {\n    __typename\n    ... on TagUsersPayload {\n      tag {\n        id\n        name\n      }\n      contacts {\n        id\n        tags {\n          id\n          name\n        }\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}\n\nmutation UntagUser($name: String!, $user: ContactRefInput!) {\n  untagUsers(name: $name, users: [$user]) {\n    __typename\n    ... on UntagUsersPayload {\n      tag {\n        id\n        name\n      }\n      contacts {\n        id\n        tags {\n          id\n          name\n        }\n      }\n    }\n    ... on Error {\n      message\n    }\n  }\n}"): typeof import('./graphql').TagUserDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
