import type { ReactNode } from 'react';
import { useAuth } from './auth-context';

/**
 * Shows `children` only to network members and up, who may read the network's internal analyses
 * (the server's visibility matrix, docs/decisions/011); the public view gets `notice` instead,
 * and the analyses are not even asked for.
 */
export function RequireMember({
  children,
  notice,
  loading,
}: {
  readonly children: ReactNode;
  /** Why the view is empty and how to get further, in the view's own words. */
  readonly notice: string;
  readonly loading: string;
}) {
  const auth = useAuth();
  if (auth.loading && !auth.viewer) return <p role="status">{loading}</p>;
  if (!auth.viewer?.canSeeContacts) {
    return (
      <p className="notice" role="alert">
        {notice}
      </p>
    );
  }
  return <>{children}</>;
}
