import { graphql } from '../gql';

/** What the history shows of a change. */
export const CHANGE_FIELDS = graphql(`
  fragment ChangeFields on Change {
    id
    at
    actor
    action
    entity
    entryId
    name
    changes {
      field
      before
      after
    }
  }
`);

/** A page of changes: the history's and the deleted entries' lists alike. */
export const CHANGE_PAGE = graphql(`
  fragment ChangePage on ChangeConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ChangeFields
    }
  }
`);

/** An entry's changes, newest first, a page at a time. */
export const ENTRY_HISTORY = graphql(`
  query EntryHistory($id: ID!, $first: Int!, $after: String) {
    history(id: $id, first: $first, after: $after) {
      ...ChangePage
    }
  }
`);

/** Deletions not restored since, newest first. */
export const DELETED_ENTRIES = graphql(`
  query DeletedEntries($first: Int!, $after: String) {
    deletedEntries(first: $first, after: $after) {
      ...ChangePage
    }
  }
`);

/**
 * Names of the entries a history may point to (the API records relationships by id): one read,
 * cached for the session.
 */
export const HISTORY_NAMES = graphql(`
  query HistoryNames {
    institutions(first: 200) {
      nodes {
        id
        name
      }
    }
    people(first: 200) {
      nodes {
        id
        displayName
      }
    }
    networks(first: 200) {
      nodes {
        id
        name
      }
    }
    services(first: 200) {
      nodes {
        id
        name
      }
    }
    referralPaths(first: 200) {
      nodes {
        id
        from {
          name
        }
        to {
          name
        }
      }
    }
  }
`);

/** Brings a deleted entry back, with what was deleted along with it. */
export const RESTORE_ENTRY = graphql(`
  mutation RestoreEntry($id: ID!) {
    restoreEntry(id: $id) {
      id
      entity
      restored
      relationships
      missingEnds
    }
  }
`);
