import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ReferralRoutesQueryVariables } from '../gql/graphql';
import { REFERRAL_ROUTES_QUERY } from './referral-routes.query';
import { formFromSearch, toRouteVariables } from './route-form';

/**
 * The route search a URL query describes: its form, its variables (`routeVariables`, undefined
 * while inputs are missing) and the answer of `referralRoutes`. Shared by the route finder and the route card.
 */
export function useRouteSearch(search: string) {
  const form = useMemo(() => formFromSearch(new URLSearchParams(search)), [search]);
  // "Now" is taken when the search is asked for, so a result does not drift while it is read.
  const variables = useMemo(() => toRouteVariables(form, new Date()), [form]);
  const answer = useQuery(
    REFERRAL_ROUTES_QUERY,
    // The form offers only the API's own codes; the server checks them again.
    variables ? { variables: variables as ReferralRoutesQueryVariables } : skipToken,
  );
  return { ...answer, form, routeVariables: variables };
}
