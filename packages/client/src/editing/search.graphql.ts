import { graphql } from '../gql';

/** Entries to edit or to link, found by words in their names. */
export const EDIT_SEARCH = graphql(`
  query EditSearch($text: String!, $kinds: [SearchKind!], $first: Int!) {
    search(text: $text, kinds: $kinds, first: $first) {
      kind
      node {
        ... on Institution {
          id
          name
          municipality {
            id
          }
        }
        ... on Person {
          id
          displayName
          functionTitle
        }
        ... on Service {
          id
          name
          institution {
            name
          }
        }
        ... on Network {
          id
          name
        }
        ... on Meeting {
          id
          title
          date
        }
        ... on Training {
          id
          title
        }
      }
    }
  }
`);
