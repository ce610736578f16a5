import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { hasRole, type Viewer } from '../auth';

/** Root fields that each run an analysis job, every alias of them counted. */
const ANALYSIS_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'referralRoutes',
  'coverage',
  'resilience',
  'networkComposition',
  'trainingPlan',
  'pastTrainings',
  'networkGraph',
]);

/** Fields of `resilience` that run one more job each (every alias counted). */
const RESILIENCE_JOB_FIELDS: ReadonlySet<string> = new Set(['whatIfRemoved']);

/** Analyses one request may run: the public view, and network members and up. */
export const ANALYSIS_LIMITS = { public: 3, member: 10 } as const;

/** The analyses a request of `viewer` may run. */
export function analysisLimitFor(viewer: Viewer): number {
  return hasRole(viewer, 'member') ? ANALYSIS_LIMITS.member : ANALYSIS_LIMITS.public;
}

/**
 * How many analyses an operation runs: analysis root fields and what-if removals, each alias
 * and each fragment spread counted. Stops counting past `stopAbove` (the answer is then
 * `stopAbove + 1`), so a document of many nested spreads costs no more than the limit.
 */
export function countAnalyses(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  stopAbove: number,
): number {
  if (operation.operation !== OperationTypeNode.QUERY) return 0;
  let count = 0;
  const walk = (set: SelectionSetNode, fields: ReadonlySet<string>, nested: boolean): void => {
    for (const selection of set.selections) {
      if (count > stopAbove) return;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (fields.has(name)) count += 1;
        if (!nested && name === 'resilience' && selection.selectionSet !== undefined) {
          walk(selection.selectionSet, RESILIENCE_JOB_FIELDS, true);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, fields, nested);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment !== undefined) walk(fragment.selectionSet, fields, nested);
      }
    }
  };
  walk(operation.selectionSet, ANALYSIS_ROOT_FIELDS, false);
  return count;
}

/**
 * Refuses, before anything runs, an operation with more analyses than the caller's role may run
 * in one request (graphql-armor's cost limit weighs fields by depth and cannot tell an analysis
 * from a name). Answers HTTP 400 with a validation error that names the limit.
 */
export function analysisLimitPlugin<
  TContext extends { readonly viewer: Viewer },
>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, document, contextValue }) {
          if (operation === undefined) return Promise.resolve();
          const limit = analysisLimitFor(contextValue.viewer);
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          const count = countAnalyses(operation, fragments, limit);
          if (count > limit) {
            return Promise.reject(
              new GraphQLError(
                `Analysis limit exceeded: a request may run at most ${limit} analyses ` +
                  '(referralRoutes, coverage, resilience, whatIfRemoved, networkComposition, ' +
                  'trainingPlan, networkGraph; every alias counts). Send them in separate requests.',
                { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
              ),
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}
