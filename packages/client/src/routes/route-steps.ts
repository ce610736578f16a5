import type { ReachFieldsFragment, RouteFieldsFragment } from '../gql/graphql';

/** One place a route passes, with how to reach it at the chosen moment. */
export interface RouteStep {
  readonly name: string;
  readonly reach: ReachFieldsFragment | null | undefined;
}

/** Whether the last hop reaches the end institution (its step then shows the end service's hours). */
export function endsOnLastHop(route: RouteFieldsFragment): boolean {
  return route.hops.at(-1)?.to.id === route.endInstitution.id;
}

/**
 * The reach of hop `index`: the last hop into the end institution is reached through the end
 * service (its hours, its phone), every other hop through its receiving institution.
 */
export function hopReach(
  route: RouteFieldsFragment,
  index: number,
): ReachFieldsFragment | null | undefined {
  return index === route.hops.length - 1 && endsOnLastHop(route)
    ? route.endReach
    : route.hops[index]?.reach;
}

/**
 * The places to contact, in order: each hop's receiver, then the end service when no hop reaches
 * it (an in-house route has no hop: its one step is the end service).
 */
export function routeSteps(route: RouteFieldsFragment): RouteStep[] {
  const steps: RouteStep[] = route.hops.map((hop, index) => ({
    name: hop.to.name,
    reach: hopReach(route, index),
  }));
  if (!endsOnLastHop(route)) {
    steps.push({
      name: `${route.endService.name} (${route.endInstitution.name})`,
      reach: route.endReach,
    });
  }
  return steps;
}
