import {
  isReferralRouteId,
  referralRouteById,
  type InstitutionKindCode,
  type LocalizedLabel,
  type ReferralRouteTemplate,
} from '@schutznetz/domain';

/** A route template as the API shows it. */
export interface RouteTemplateView {
  readonly id: string;
  readonly title: LocalizedLabel;
  readonly trigger: LocalizedLabel;
  readonly mechanism: LocalizedLabel;
  /** Null when any member may start the route. */
  readonly fromKinds: readonly InstitutionKindCode[] | null;
  readonly steps: readonly (readonly InstitutionKindCode[])[];
}

/** The route template a path names, if it names a known one. */
export function routeTemplateView(id: string | null): RouteTemplateView | undefined {
  return id !== null && isReferralRouteId(id) ? toView(referralRouteById(id)) : undefined;
}

function toView(route: ReferralRouteTemplate): RouteTemplateView {
  return {
    id: route.id,
    title: route.title,
    trigger: route.trigger,
    mechanism: route.mechanism,
    fromKinds: route.from === 'any' ? null : route.from,
    steps: route.hops.map((hop) => hop.to),
  };
}
