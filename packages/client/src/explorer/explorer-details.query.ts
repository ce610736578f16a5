import { graphql } from '../gql';

/** What the detail panel shows of an institution. */
export const INSTITUTION_DETAILS_QUERY = graphql(`
  query ExplorerInstitutionDetails($id: ID!) {
    institution(id: $id) {
      id
      name
      kind
      operator
      street
      postalCode
      municipality {
        id
      }
      phone
      email
      website
      available24x7
      lastVerifiedAt
      sourceUrl
      services {
        id
        name
      }
      people {
        role
        person {
          id
          displayName
          functionTitle
        }
      }
      networks {
        role
        network {
          id
          name
        }
      }
      referralsOut {
        id
        to {
          id
          name
        }
      }
      referralsIn {
        id
        from {
          id
          name
        }
      }
    }
  }
`);

/** What the detail panel shows of a person. */
export const PERSON_DETAILS_QUERY = graphql(`
  query ExplorerPersonDetails($id: ID!) {
    person(id: $id) {
      id
      displayName
      functionTitle
      phone
      email
      employments {
        role
        institution {
          id
          name
        }
      }
      expertise {
        level
        qualification
        topic {
          id
        }
      }
      networks {
        role
        network {
          id
          name
        }
      }
    }
  }
`);

/** What the detail panel shows of a network. */
export const NETWORK_DETAILS_QUERY = graphql(`
  query ExplorerNetworkDetails($id: ID!) {
    network(id: $id) {
      id
      name
      kind
      description
      members {
        memberId
        role
        institution {
          id
          name
        }
        person {
          id
          displayName
        }
      }
    }
  }
`);

/** What the detail panel shows of a topic. */
export const TOPIC_DETAILS_QUERY = graphql(`
  query ExplorerTopicDetails($id: ID!) {
    topic(id: $id) {
      id
      services {
        id
        name
        institution {
          id
          name
        }
      }
      experts {
        level
        person {
          id
          displayName
        }
      }
    }
  }
`);
