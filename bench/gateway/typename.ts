/**
 * Adds `__typename` to every field's selection set of a document. The yoga-from-memory floor
 * resolves interfaces (Contact, Node) from recorded objects, and graphql-js's default type resolver
 * reads `__typename` from the value — so the recording must carry it even where the query does not
 * ask for it. The floor still serves the original document, so its response matches the gateway's.
 */
import { Kind, parse, print, visit, type FieldNode, type SelectionSetNode } from 'graphql';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

export function withTypename(document: string): string {
  const edited = visit(parse(document), {
    Field: {
      leave(field): FieldNode | undefined {
        if (!field.selectionSet) return undefined;
        const has = field.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
        if (has) return undefined;
        const selectionSet: SelectionSetNode = { ...field.selectionSet, selections: [TYPENAME, ...field.selectionSet.selections] };
        return { ...field, selectionSet };
      },
    },
  });
  return print(edited);
}
