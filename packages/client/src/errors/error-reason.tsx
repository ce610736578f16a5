import { useErrorText } from './use-error-text';

/** Why a query or mutation failed, worded from its error code (follows a view's own "… failed"). */
export function ErrorReason({ error }: { readonly error: unknown }) {
  const { errorText } = useErrorText();
  return <span className="error-reason">{errorText(error)}</span>;
}
