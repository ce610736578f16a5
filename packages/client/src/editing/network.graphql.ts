import { graphql } from '../gql';

/** A network's members, as the edit page lists them and the member mutations return them. */
export const NETWORK_MEMBER_FIELDS = graphql(`
  fragment NetworkMemberFields on Network {
    id
    version
    members {
      memberId
      memberKind
      role
      since
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
`);

export const NETWORKS_FOR_EDIT = graphql(`
  query NetworksForEdit {
    networks(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const NETWORK_FOR_EDIT = graphql(`
  query NetworkForEdit($id: ID!) {
    network(id: $id) {
      ...NetworkMemberFields
      name
      kind
      description
    }
  }
`);

export const ADD_NETWORK_MEMBER = graphql(`
  mutation AddNetworkMember($input: MembershipInput!) {
    addNetworkMember(input: $input) {
      ...NetworkMemberFields
    }
  }
`);

export const REMOVE_NETWORK_MEMBER = graphql(`
  mutation RemoveNetworkMember($networkId: ID!, $memberId: ID!) {
    removeNetworkMember(networkId: $networkId, memberId: $memberId) {
      ...NetworkMemberFields
    }
  }
`);

/** Deletes a network and its memberships, at the version the page read (else CONFLICT). */
export const DELETE_NETWORK = graphql(`
  mutation DeleteNetwork($id: ID!, $version: Int!) {
    deleteNetwork(id: $id, version: $version)
  }
`);
