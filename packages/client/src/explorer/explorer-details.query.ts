import { graphql } from '../gql';

/*
 * People are asked for only `$withPeople`: the server refuses them to the public role, and a refused
 * field would take the whole node with it.
 */

/** A meeting as the detail panel lists it. */
export const EXPLORER_MEETING_ITEM = graphql(`
  fragment ExplorerMeetingItem on Meeting {
    id
    title
    date
  }
`);

/** What the detail panel shows of an institution, with the meetings it took part in. */
export const INSTITUTION_DETAILS_QUERY = graphql(`
  query ExplorerInstitutionDetails($id: ID!, $withPeople: Boolean!) {
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
      people @include(if: $withPeople) {
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
    meetings(filter: { participants: [$id] }, first: 20) {
      nodes {
        ...ExplorerMeetingItem
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

/** What the detail panel shows of a network, with its meetings. */
export const NETWORK_DETAILS_QUERY = graphql(`
  query ExplorerNetworkDetails($id: ID!, $withPeople: Boolean!) {
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
        person @include(if: $withPeople) {
          id
          displayName
        }
      }
    }
    meetings(filter: { networks: [$id] }, first: 20) {
      nodes {
        ...ExplorerMeetingItem
      }
    }
  }
`);

/** What the detail panel shows of a topic. */
export const TOPIC_DETAILS_QUERY = graphql(`
  query ExplorerTopicDetails($id: ID!, $withPeople: Boolean!) {
    topic(id: $id) {
      id
      services(first: 200) {
        nodes {
          id
          name
          institution {
            id
            name
          }
        }
      }
      experts @include(if: $withPeople) {
        level
        person {
          id
          displayName
        }
      }
    }
  }
`);
