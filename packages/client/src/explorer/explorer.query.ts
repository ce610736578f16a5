import { graphql } from '../gql';

/**
 * The county network for the explorer and the directory: institutions with what they offer and
 * belong to, people with their work and expertise, networks and topics. One request; the server
 * batches the nested lists, so its cost does not grow with their length.
 */
export const EXPLORER_NETWORK_QUERY = graphql(`
  query ExplorerNetwork {
    institutions(first: 200) {
      totalCount
      nodes {
        id
        name
        kind
        operator
        available24x7
        municipality {
          id
        }
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
        referralsOut {
          id
          to {
            id
          }
        }
      }
    }
    people(first: 200) {
      totalCount
      nodes {
        id
        displayName
        functionTitle
        employments {
          institution {
            id
          }
        }
        expertise {
          topic {
            id
          }
        }
        networks {
          network {
            id
          }
        }
      }
    }
    networks(first: 200) {
      nodes {
        id
        name
        kind
      }
    }
    topics {
      id
      isGroup
      label {
        de
        en
      }
    }
  }
`);
