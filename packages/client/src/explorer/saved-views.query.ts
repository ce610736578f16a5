import { graphql } from '../gql';

/** The saved explorer views, by name (members and up may read them). */
export const SAVED_VIEWS_QUERY = graphql(`
  query SavedViews {
    savedViews(first: 100) {
      totalCount
      nodes {
        id
        name
        createdBy
        updatedAt
        version
      }
    }
  }
`);

/** One saved view with what restores it: the explorer's URL state and the node positions. */
export const SAVED_VIEW_QUERY = graphql(`
  query SavedView($id: ID!) {
    savedView(id: $id) {
      id
      name
      state
      createdBy
      updatedAt
      version
      positions {
        nodeId
        x
        y
      }
    }
  }
`);

export const CREATE_SAVED_VIEW = graphql(`
  mutation CreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      id
      name
      version
    }
  }
`);

export const UPDATE_SAVED_VIEW = graphql(`
  mutation UpdateSavedView($input: UpdateSavedViewInput!) {
    updateSavedView(input: $input) {
      id
      name
      state
      version
      updatedAt
    }
  }
`);

export const DELETE_SAVED_VIEW = graphql(`
  mutation DeleteSavedView($id: ID!, $version: Int!) {
    deleteSavedView(id: $id, version: $version)
  }
`);
