/**
 * Global ids as arguments. Every `id` field of the schema is a Relay global id (the type name and
 * the Intercom id, base64-encoded), and every argument or input field that names an object by `id`
 * takes exactly that value back. Decoding checks the type: a Tag's id given where a Segment is
 * expected, or a string that is no global id at all, is BAD_USER_INPUT naming the argument —
 * never a silent `null`, never a call upstream.
 */
import { decodeGlobalID, encodeGlobalID } from './pothos-runtime.js';
import { BadInputError } from './domain-errors.js';

/** The object types whose global ids arguments accept. */
export type NodeTypeName = 'User' | 'Lead' | 'Tag' | 'Segment' | 'Company' | 'Conversation';

/** Either of a contact's two types: `contact(id:)` and contact references accept both. */
export const CONTACT_TYPES: readonly NodeTypeName[] = ['User', 'Lead'];

function describe(types: readonly NodeTypeName[]): string {
  return types.length === 1 ? `a ${types[0]}` : `a ${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`;
}

/**
 * The Intercom id inside `globalId`, which must be the global id of one of `types`.
 * @param argument the argument's path as the caller wrote it (`tagId`, `filter.segmentId`, `users[2].id`)
 */
export function intercomIdOf(globalId: string | number, types: readonly NodeTypeName[], argument: string): string {
  return decodeTyped(globalId, types, argument).id;
}

/** `globalId` decoded (its type name, one of `types`, and the Intercom id), checked as `intercomIdOf` says. */
function decodeTyped(globalId: string | number, types: readonly NodeTypeName[], argument: string): { typename: string; id: string } {
  const value = String(globalId);
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(value);
  } catch {
    decoded = undefined;
  }
  // Re-encoding must give the same string back: base64 decoding forgives junk that is no id we issued.
  if (!decoded || encodeGlobalID(decoded.typename, decoded.id) !== value) {
    throw new BadInputError(
      `\`${argument}\` is not a global id; pass the \`id\` field of ${describe(types)} (Intercom ids go in \`intercomId\`)`,
      argument,
    );
  }
  if (!(types as readonly string[]).includes(decoded.typename)) {
    throw new BadInputError(`\`${argument}\` is the id of a ${decoded.typename}; pass the \`id\` of ${describe(types)}`, argument);
  }
  return decoded;
}

/**
 * The one key an "exactly one of" lookup names (`tag(id | intercomId | name)` …), with a clear error
 * when it names none or several.
 */
export function exactlyOne<K extends string>(
  args: Partial<Record<K, string | number | null | undefined>>,
  keys: readonly K[],
  argument: string,
): [K, string] {
  const given = keys.filter((key) => args[key] != null && args[key] !== '');
  if (given.length !== 1) {
    throw new BadInputError(`\`${argument}\` takes exactly one of ${keys.map((key) => `\`${key}\``).join(', ')}`, argument);
  }
  const key = given[0]!;
  return [key, String(args[key])];
}

const NODE_TYPES: readonly NodeTypeName[] = ['User', 'Lead', 'Tag', 'Segment', 'Company', 'Conversation'];

/**
 * How `node(id:)` and `nodes(ids:)` decode their ids (the relay plugin's `decodeGlobalID`): the
 * same check as every other id argument, so a string that is no global id of this schema is
 * BAD_USER_INPUT naming the argument there too, not an uncoded error.
 */
export function decodeNodeId(globalId: string): { typename: string; id: string } {
  return decodeTyped(globalId, NODE_TYPES, 'id');
}
