import { graphql } from '../gql';

/**
 * The county network for the explorer and the directory, in one request: the server's network
 * graph (nodes, edges, degree, betweenness, articulation points, single points of failure,
 * bridges — all computed on the server) with what the filters and lists need per node (topics
 * and target groups of an institution's services, its networks, operator or function). The
 * server leaves people out for the public role by itself, so the request needs no role and
 * starts at once. Each node comes with its place in the default picture (grouped as `$layout`
 * asks), laid out once per graph version on the server. Past `limit` nodes the server leaves the least connected out and counts them in
 * `hidden`; `filter.municipalities` and `filter.networks` narrow the answer to bring them back.
 */
export const EXPLORER_NETWORK_QUERY = graphql(`
  query ExplorerNetwork($filter: NetworkGraphFilterInput, $layout: GraphLayout) {
    networkGraph(filter: $filter, layout: $layout) {
      graphVersion
      betweennessMethod
      limit
      hidden {
        kind
        count
      }
      nodes {
        id
        kind
        label
        institutionKind
        networkKind
        municipality
        available24x7
        degree
        betweenness
        articulationPoint
        singlePointOfFailure
        subtitle
        services {
          id
          name
        }
        topics
        targetGroups
        networks
        x
        y
      }
      edges {
        id
        kind
        source
        target
        bridge
      }
    }
  }
`);
