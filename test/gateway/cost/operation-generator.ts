/**
 * Random valid query operations, generated from the schema with a seeded PRNG (the same seed gives
 * the same operations): root fields with real ids and names of the workspace, random selections of
 * scalars and relations down to a depth, `first` values across their range, aliases of the same
 * relation with other arguments, and type conditions on abstract types.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { IntercomClient } from '../../../src/intercom/client.js';

/** What real arguments are drawn from: Intercom ids, encoded as global ids where an argument takes an `id`. */
export interface Pools {
  tagIds: string[];
  tagNames: string[];
  segmentIds: string[];
  /** Intercom ids and roles of contacts. */
  contacts: Array<{ id: string; role: string; email: string | null; externalId: string | null }>;
  companies: Array<{ id: string; companyId: string; name: string | null }>;
  conversationIds: string[];
}

export async function readPools(client: IntercomClient): Promise<Pools> {
  const [tags, segments, contacts, companies] = await Promise.all([
    client.listTags(),
    client.listSegments({}),
    client.searchContacts({ query: { field: 'role', operator: 'IN', value: ['user', 'lead'] }, pagination: { per_page: 150 } }),
    client.listCompanies({ page: 1, perPage: 150 }),
  ]);
  const conversationIds: string[] = [];
  for (const tag of tags.data) {
    const found = await client.searchConversations({ query: { field: 'tag_ids', operator: '=', value: tag.id }, pagination: { per_page: 50 } });
    for (const conversation of found.conversations) if (!conversationIds.includes(conversation.id)) conversationIds.push(conversation.id);
  }
  return {
    tagIds: tags.data.map((tag) => tag.id),
    tagNames: tags.data.map((tag) => tag.name),
    segmentIds: segments.segments.map((segment) => segment.id),
    contacts: contacts.data.map((contact) => ({
      id: contact.id,
      role: contact.role,
      email: contact.email || null,
      externalId: contact.external_id || null,
    })),
    companies: companies.data.map((company) => ({ id: company.id, companyId: company.company_id, name: company.name || null })),
    conversationIds,
  };
}

const FIRST_VALUES = [undefined, 0, 1, 2, 3, 5, 10, 20, 50, 150];

export interface GeneratorOptions {
  maxDepth: number;
  /** Chance that a relation field of a selection is selected, at depth 0 (halves each level). */
  relationChance: number;
}

export class OperationGenerator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pools: Pools,
    private readonly random: () => number,
    private readonly options: GeneratorOptions = { maxDepth: 3, relationChance: 0.5 },
  ) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private quote(value: string): string {
    return JSON.stringify(value);
  }

  private firstArg(): string {
    const first = this.pick(FIRST_VALUES);
    return first === undefined ? '' : `first: ${first}`;
  }

  private globalId(): string {
    const kind = this.pick(['contact', 'tag', 'segment', 'company', 'conversation'] as const);
    if (kind === 'contact') return this.contactGlobalId(this.pick(this.pools.contacts));
    if (kind === 'tag') return this.tagGlobalId();
    if (kind === 'segment') return this.segmentGlobalId();
    if (kind === 'company') return encodeGlobalID('Company', this.pick(this.pools.companies).id);
    return this.pools.conversationIds.length > 0
      ? encodeGlobalID('Conversation', this.pick(this.pools.conversationIds))
      : encodeGlobalID('Tag', this.pick(this.pools.tagIds));
  }

  private tagGlobalId(): string {
    return encodeGlobalID('Tag', this.pick(this.pools.tagIds));
  }

  private segmentGlobalId(): string {
    return encodeGlobalID('Segment', this.pick(this.pools.segmentIds));
  }

  /** The contact's global id, of its own type (User or Lead). */
  private contactGlobalId(contact: Pools['contacts'][number]): string {
    return encodeGlobalID(contact.role === 'lead' ? 'Lead' : 'User', contact.id);
  }

  /** A stored address, as stored or in another case (emails match without regard to case). */
  private emailOf(contact: Pools['contacts'][number]): string {
    return this.chance(0.3) ? contact.email!.toUpperCase() : contact.email!;
  }

  /** `id: <global id>` or `intercomId: <Intercom id>`, as the lookups take either. */
  private idKey(type: 'User' | 'Lead' | 'Tag' | 'Segment' | 'Company' | 'Conversation', intercomId: string): string {
    return this.chance(0.5) ? `id: ${this.quote(encodeGlobalID(type, intercomId))}` : `intercomId: ${this.quote(intercomId)}`;
  }

  private contactFilter(): string {
    const which = this.pick(['none', 'tag', 'segment', 'email'] as const);
    if (which === 'tag') return `filter: { tagId: ${this.quote(this.tagGlobalId())} }`;
    if (which === 'segment') return `filter: { segmentId: ${this.quote(this.segmentGlobalId())} }`;
    if (which === 'email') {
      const withEmail = this.pools.contacts.filter((contact) => contact.email);
      return `filter: { email: ${this.quote(this.emailOf(this.pick(withEmail)))} }`;
    }
    return '';
  }

  /** Arguments of a root field, drawn from the workspace. */
  private rootArgs(field: string): string | undefined {
    const users = this.pools.contacts.filter((contact) => contact.role === 'user');
    const leads = this.pools.contacts.filter((contact) => contact.role === 'lead');
    switch (field) {
      case 'tags':
      case 'segments':
      case 'counts':
        return '';
      case 'users':
      case 'leads':
      case 'contacts':
        return [this.firstArg(), this.contactFilter()].filter(Boolean).join(', ');
      case 'companies': {
        const filter = this.pick(['', `tagId: ${this.quote(this.tagGlobalId())}`, `segmentId: ${this.quote(this.segmentGlobalId())}`]);
        return [this.firstArg(), filter].filter(Boolean).join(', ');
      }
      case 'tag': {
        const which = this.pick(['id', 'name', 'name in another case'] as const);
        if (which === 'id') return this.idKey('Tag', this.pick(this.pools.tagIds));
        const name = this.pick(this.pools.tagNames);
        return `name: ${this.quote(which === 'name' ? name : name.toUpperCase())}`;
      }
      case 'segment':
        return this.idKey('Segment', this.pick(this.pools.segmentIds));
      case 'user': {
        const user = this.pick(users);
        const keys = [this.idKey('User', user.id)];
        if (user.email) keys.push(`email: ${this.quote(this.emailOf(user))}`);
        if (user.externalId) keys.push(`userId: ${this.quote(user.externalId)}`);
        return this.pick(keys);
      }
      case 'contact': {
        const contact = this.pick(this.pools.contacts);
        return this.chance(0.5) ? `id: ${this.quote(this.contactGlobalId(contact))}` : `intercomId: ${this.quote(contact.id)}`;
      }
      case 'lead':
        return leads.length > 0 ? this.idKey('Lead', this.pick(leads).id) : undefined;
      case 'company': {
        const company = this.pick(this.pools.companies);
        const keys = [this.idKey('Company', company.id), `companyId: ${this.quote(company.companyId)}`];
        // Names match without regard to case: another case exercises the shared company directory.
        if (company.name) keys.push(`name: ${this.quote(company.name)}`, `name: ${this.quote(company.name.toLowerCase())}`);
        return this.pick(keys);
      }
      case 'conversation':
        return this.pools.conversationIds.length > 0 ? this.idKey('Conversation', this.pick(this.pools.conversationIds)) : undefined;
      case 'node':
        return `id: ${this.quote(this.globalId())}`;
      case 'nodes':
        return `ids: [${Array.from({ length: 1 + Math.floor(this.random() * 20) }, () => this.quote(this.globalId())).join(', ')}]`;
      default:
        return undefined;
    }
  }

  /** One query operation with one to three root fields (aliased when repeated). */
  operation(name: string): string {
    const rootFields = Object.keys(this.schema.getQueryType()!.getFields());
    const count = 1 + Math.floor(this.random() * 3);
    const selections: string[] = [];
    for (let index = 0; index < count; index++) {
      const field = this.pick(rootFields);
      const args = this.rootArgs(field);
      if (args === undefined) continue;
      const definition = this.schema.getQueryType()!.getFields()[field]!;
      const alias = `r${index}: `;
      selections.push(`${alias}${field}${args ? `(${args})` : ''}${this.selectionOf(definition, 1)}`);
    }
    if (selections.length === 0) selections.push('tags { name }');
    return `query ${name} { ${selections.join(' ')} }`;
  }

  /** ` { … }` for a composite field, '' for a leaf. */
  private selectionOf(field: GraphQLField<unknown, unknown>, depth: number): string {
    const type = getNamedType(field.type);
    if (isLeafType(type)) return '';
    return ` { ${this.fieldsOf(type as GraphQLCompositeType, depth).join(' ')} }`;
  }

  private fieldsOf(type: GraphQLCompositeType, depth: number): string[] {
    const out = ['__typename'];
    if (isAbstractType(type)) {
      if ('getFields' in type) out.push(...this.objectFields(type.getFields(), depth));
      // A type condition on some possible types.
      for (const possible of this.schema.getPossibleTypes(type)) {
        // Aliased by type: the same name may have another type on another possible type.
        if (this.chance(0.3)) out.push(`... on ${possible.name} { ${this.objectFields(possible.getFields(), depth, `${possible.name}_`).join(' ') || '__typename'} }`);
      }
      return out;
    }
    if (isObjectType(type)) out.push(...this.objectFields(type.getFields(), depth));
    return out;
  }

  private objectFields(fields: Record<string, GraphQLField<unknown, unknown>>, depth: number, prefix = ''): string[] {
    const out: string[] = [];
    const leaves = Object.values(fields).filter((field) => isLeafType(getNamedType(field.type)));
    for (const field of leaves) if (this.chance(0.3)) out.push(prefix ? `${prefix}${field.name}: ${field.name}` : field.name);
    const relations = Object.values(fields).filter((field) => !isLeafType(getNamedType(field.type)));
    for (const field of relations) {
      const isWrapper = field.name === 'edges' || field.name === 'node' || field.name === 'pageInfo' || field.name === 'location';
      // Connection plumbing (edges, node) is always followed: the relation was chosen one level up.
      if (!isWrapper && (depth >= this.options.maxDepth || !this.chance(this.options.relationChance / 2 ** (depth - 1)))) continue;
      if (field.name === 'pageInfo' && !this.chance(0.3)) continue;
      const copies = !isWrapper && this.chance(0.2) ? 2 : 1;
      for (let copy = 0; copy < copies; copy++) {
        const args = field.args.some((arg) => arg.name === 'first') ? this.firstArg() : '';
        const alias = copy > 0 || prefix ? `${prefix}${field.name}${copy || ''}: ` : '';
        out.push(`${alias}${field.name}${args ? `(${args})` : ''}${this.selectionOf(field, isWrapper ? depth : depth + 1)}`);
      }
    }
    return out;
  }
}
