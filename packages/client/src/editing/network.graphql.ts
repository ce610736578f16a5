import { graphql } from '../gql';

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
      id
      version
      name
      kind
      description
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
  }
`);

export const ADD_NETWORK_MEMBER = graphql(`
  mutation AddNetworkMember($input: MembershipInput!) {
    addNetworkMember(input: $input) {
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
  }
`);

export const REMOVE_NETWORK_MEMBER = graphql(`
  mutation RemoveNetworkMember($networkId: ID!, $memberId: ID!) {
    removeNetworkMember(networkId: $networkId, memberId: $memberId) {
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
  }
`);
