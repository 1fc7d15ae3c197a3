import { describeError } from '../client/gateway-error';

/** A gateway error as a person reads it: what happened and what to do. */
export function ErrorNotice({ error }: { error: unknown }) {
  if (!error) return null;
  const { title, detail } = describeError(error);
  return (
    <div className="error" role="alert">
      <strong>{title}</strong> {detail}
    </div>
  );
}
