import { graphql } from '../gql';

/**
 * The county network for the explorer and the directory, in one request: the server's network
 * graph (nodes, edges, degree, betweenness, articulation points, single points of failure,
 * bridges — all computed on the server) and, per institution, what the filters need (topics and
 * target groups of its services, its networks) and what the lists show. People are asked for only
 * when `$withPeople`: the server refuses them to the public role, and a refused non-null field
 * would take the whole answer with it.
 */
export const EXPLORER_NETWORK_QUERY = graphql(`
  query ExplorerNetwork($withPeople: Boolean!) {
    networkGraph {
      graphVersion
      betweennessMethod
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
      }
      edges {
        id
        kind
        source
        target
        bridge
      }
    }
    institutions(first: 200) {
      totalCount
      nodes {
        id
        operator
        networks {
          network {
            id
          }
        }
        services {
          id
          name
          topics {
            id
          }
          targetGroups {
            id
          }
        }
      }
    }
    people(first: 200) @include(if: $withPeople) {
      totalCount
      nodes {
        id
        functionTitle
      }
    }
  }
`);
