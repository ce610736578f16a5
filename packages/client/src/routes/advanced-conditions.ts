import { EMPTY_ROUTE_FORM, type RouteForm } from './route-form';

/**
 * The fields a search needs on every screen: where it starts, the topic, where the person lives,
 * the language and the moment. Every other field is an advanced condition, folded on a phone.
 */
const BASIC_FIELDS: ReadonlySet<keyof RouteForm> = new Set<keyof RouteForm>([
  'startMode',
  'startInstitution',
  'startKind',
  'startMunicipality',
  'topic',
  'municipality',
  'language',
  'at',
]);

/**
 * Whether any advanced condition differs from its default (e.g. set from a shared URL): the fold
 * then starts open, so nothing that shapes the answer is hidden. Fields added to the form later
 * count as advanced without a change here.
 */
export function hasAdvancedConditions(form: RouteForm): boolean {
  return (Object.keys(form) as (keyof RouteForm)[]).some(
    (key) =>
      !BASIC_FIELDS.has(key) && JSON.stringify(form[key]) !== JSON.stringify(EMPTY_ROUTE_FORM[key]),
  );
}
