import { useMutation, useQueryClient } from '@tanstack/react-query';
import { TagUserDocument, UntagUserDocument } from '../gql/graphql';
import { execute } from '../client/execute';
import { GatewayError } from '../client/gateway-error';

/**
 * Tag or untag one user. The gateway answers with a result union: an Error member (bad input, no
 * such tag) becomes a thrown error the row shows. On success every list on screen is refetched, so
 * the tag appears (or goes) in every place that shows it, without a reload.
 */
export function useTagging() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, name, remove }: { userId: string; name: string; remove: boolean }) => {
      const variables = { name, user: { id: userId } };
      const result = remove ? (await execute(UntagUserDocument, variables)).untagUsers : (await execute(TagUserDocument, variables)).tagUsers;
      if (!result) throw new GatewayError('The gateway returned no result for the change', undefined);
      if ('message' in result) throw new GatewayError(result.message, result.__typename === 'NotFoundError' ? 'NOT_FOUND' : 'BAD_INPUT');
      return result;
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
