import { Arg, Ctx, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { AnalysisScopeInput } from '../analysis/analysis.input';
import { NetworkGraphFilterInput } from './network-graph.input';
import { NetworkGraph } from './network-graph.type';
import type { NetworkGraphView } from './network-graph.views';

@Resolver()
export class NetworkGraphResolver {
  @Query(() => NetworkGraph, {
    description:
      'Nodes (institutions, people, networks, topics) and edges (works at, refers to, member of, ' +
      'expertise, offers topic) of the scope for the graph explorer, with degree, betweenness and ' +
      'the articulation-point and single-point-of-failure flags. The public view has no people.',
  })
  networkGraph(
    @Arg('scope', () => AnalysisScopeInput, { nullable: true }) scope: AnalysisScopeInput | null,
    @Arg('filter', () => NetworkGraphFilterInput, { nullable: true })
    filter: NetworkGraphFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<NetworkGraphView> {
    return ctx.services.networkGraph.findElements(scope, filter ?? {}, ctx.viewer);
  }
}

/** Resolver classes of the graph explorer, registered in schema.ts. */
export const NETWORK_GRAPH_RESOLVERS: readonly ClassType[] = [NetworkGraphResolver];
