import type { ReachFieldsFragment, RouteFieldsFragment } from '../gql/graphql';

/** One place a route passes, with how to reach it at the chosen moment. */
export interface RouteStep {
  readonly name: string;
  readonly reach: ReachFieldsFragment | null | undefined;
}

/**
 * The index of the last hop that contacts someone: a procedure step (the conversation at the
 * start, the feedback to it) contacts nobody.
 */
function lastContactIndex(route: RouteFieldsFragment): number {
  return route.hops.map((hop) => hop.via !== 'PROCEDURE_STEP').lastIndexOf(true);
}

/**
 * Whether the last hop that contacts someone reaches the end institution (its step then shows
 * the end service's hours).
 */
export function endsOnLastHop(route: RouteFieldsFragment): boolean {
  return route.hops[lastContactIndex(route)]?.to.id === route.endInstitution.id;
}

/**
 * The reach of hop `index`: the last hop into the end institution is reached through the end
 * service (its hours, its phone), every other hop through its receiving institution.
 */
export function hopReach(
  route: RouteFieldsFragment,
  index: number,
): ReachFieldsFragment | null | undefined {
  return index === lastContactIndex(route) && endsOnLastHop(route)
    ? route.endReach
    : route.hops[index]?.reach;
}

/**
 * The places to contact, in order: each hop's receiver (not the procedure's own steps), then the
 * end service when no hop reaches it (an in-house route has no hop: its one step is the end
 * service).
 */
export function routeSteps(route: RouteFieldsFragment): RouteStep[] {
  const steps: RouteStep[] = route.hops.flatMap((hop, index) =>
    hop.via === 'PROCEDURE_STEP' ? [] : [{ name: hop.to.name, reach: hopReach(route, index) }],
  );
  if (!endsOnLastHop(route)) {
    steps.push({
      name: `${route.endService.name} (${route.endInstitution.name})`,
      reach: route.endReach,
    });
  }
  return steps;
}
