import { Arg, Ctx, Int, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../../context';
import { AnalysisScopeInput } from '../analysis/analysis.input';
import { NetworkGraphFilterInput } from './network-graph.input';
import { DEFAULT_NODE_LIMIT, MAX_NODE_LIMIT } from './network-graph.service';
import type { LayoutGrouping } from './network-graph.layout';
import { GraphLayoutEnum, NetworkGraph } from './network-graph.type';
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
    @Arg('limit', () => Int, {
      nullable: true,
      description:
        `Most nodes in the answer (1–${MAX_NODE_LIMIT}; default ${DEFAULT_NODE_LIMIT}). Beyond it the ` +
        'least connected people, then institutions, are left out (networks and topics stay) and ' +
        'counted in `hidden`; narrow the filter (e.g. municipalities) to see them.',
    })
    limit: number | null,
    @Arg('layout', () => GraphLayoutEnum, {
      nullable: true,
      description: 'What the nodes’ positions (x, y) group by. Default: MUNICIPALITY.',
    })
    layout: LayoutGrouping | null,
    @Ctx() ctx: Context,
  ): Promise<NetworkGraphView> {
    return ctx.services.networkGraph.findElements(
      scope,
      filter ?? {},
      ctx.viewer,
      limit ?? DEFAULT_NODE_LIMIT,
      layout ?? 'municipality',
    );
  }
}

/** Resolver classes of the graph explorer, registered in schema.ts. */
export const NETWORK_GRAPH_RESOLVERS: readonly ClassType[] = [NetworkGraphResolver];
