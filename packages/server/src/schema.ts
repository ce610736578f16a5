import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type ClassType } from 'type-graphql';
import {
  authorizedFieldRoles,
  installCompiledReads,
  removePlainResolvers,
} from './compiler/install';
import type { Context } from './context';
import { ANALYSIS_RESOLVERS } from './modules/analysis/analysis.resolver';
import { CAPACITY_REPORT_RESOLVERS } from './modules/capacity-report/capacity-report.resolver';
import { COVERAGE_REPORT_RESOLVERS } from './modules/coverage-report/coverage-report.resolver';
import { NETWORK_COMPOSITION_RESOLVERS } from './modules/network-composition/network-composition.resolver';
import { NETWORK_GRAPH_RESOLVERS } from './modules/network-graph/network-graph.resolver';
import { REFERRAL_ROUTES_RESOLVERS } from './modules/referral-routes/referral-routes.resolver';
import { RESILIENCE_RESOLVERS } from './modules/resilience/resilience.resolver';
import { TRAINING_PLAN_RESOLVERS } from './modules/training-plan/training-plan.resolver';
import { viewerHasRoles } from './graphql/authorization';
import { READ_MAPPINGS } from './read-mappings';
import { enforceVisibility } from './graphql/visibility';
import { validateArgument } from './graphql/validation';
import { ACTION_ITEM_RESOLVERS } from './modules/action-item/action-item.resolver';
import { EVENT_RESOLVERS } from './modules/event/event.resolver';
import { HISTORY_RESOLVERS } from './modules/history/history.resolver';
import { HSDS_RESOLVERS } from './modules/hsds/hsds.resolver';
import { INSTITUTION_RESOLVERS } from './modules/institution/institution.resolver';
import { NETWORK_RESOLVERS } from './modules/network/network.resolver';
import { OFFERING_RESOLVERS } from './modules/offering/offering.resolver';
import { PERSON_RESOLVERS } from './modules/person/person.resolver';
import { REFERRAL_RESOLVERS } from './modules/referral/referral.resolver';
import {
  RegionResolver,
  TargetGroupResolver,
  TopicResolver,
} from './modules/reference/reference.resolver';
import { RegionSetupResolver } from './modules/region/region.resolver';
import { REVIEW_RESOLVERS } from './modules/review/review.resolver';
import { SAVED_VIEW_RESOLVERS } from './modules/saved-view/saved-view.resolver';
import { DATA_IMPORT_RESOLVERS } from './modules/data-import/data-import.resolver';
import { SEARCH_RESOLVERS } from './modules/search/search.resolver';
import { SINCE_MEETING_RESOLVERS } from './modules/since-meeting/since-meeting.resolver';
import { SNAPSHOT_RESOLVERS } from './modules/snapshot/snapshot.resolver';
import { SystemResolver } from './modules/system/system.resolver';

/** The committed, reviewed SDL of the API (a test fails when it is stale). */
export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema.graphql');

export const RESOLVERS = [
  SystemResolver,
  TopicResolver,
  TargetGroupResolver,
  RegionResolver,
  RegionSetupResolver,
  ...INSTITUTION_RESOLVERS,
  ...PERSON_RESOLVERS,
  ...OFFERING_RESOLVERS,
  ...CAPACITY_REPORT_RESOLVERS,
  ...REFERRAL_RESOLVERS,
  ...NETWORK_RESOLVERS,
  ...EVENT_RESOLVERS,
  ...ACTION_ITEM_RESOLVERS,
  ...SINCE_MEETING_RESOLVERS,
  ...REVIEW_RESOLVERS,
  ...SEARCH_RESOLVERS,
  ...ANALYSIS_RESOLVERS,
  ...REFERRAL_ROUTES_RESOLVERS,
  ...COVERAGE_REPORT_RESOLVERS,
  ...RESILIENCE_RESOLVERS,
  ...NETWORK_COMPOSITION_RESOLVERS,
  ...TRAINING_PLAN_RESOLVERS,
  ...NETWORK_GRAPH_RESOLVERS,
  ...HISTORY_RESOLVERS,
  ...SNAPSHOT_RESOLVERS,
  ...SAVED_VIEW_RESOLVERS,
  ...HSDS_RESOLVERS,
  ...DATA_IMPORT_RESOLVERS,
] as [ClassType, ...ClassType[]];

/**
 * Builds the executable schema from the resolver classes. With `compiledReads` (the default),
 * root reads compile their selection into one Cypher statement (src/compiler); without, every
 * relationship field goes through its DataLoader (tests compare the two).
 */
export async function buildAppSchema(
  options: { readonly compiledReads?: boolean } = {},
): Promise<GraphQLSchema> {
  const built = await buildSchema({
    resolvers: RESOLVERS,
    // @Authorized(role) on a field or mutation: the viewer needs at least that role.
    authChecker: ({ context }: { context: Context }, roles: string[]) =>
      viewerHasRoles(context.viewer, roles),
    validateFn: validateArgument,
  });
  // Plain properties are read inline by the executor, without type-graphql's basic resolver.
  const schema = removePlainResolvers(built);
  // Who may read which field (docs/decisions/011): guards on every field above public.
  const roles = enforceVisibility(schema, authorizedFieldRoles());
  return options.compiledReads === false
    ? schema
    : installCompiledReads(schema, READ_MAPPINGS, roles);
}

/** The schema as SDL in a stable order: what `schema.graphql` holds. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
