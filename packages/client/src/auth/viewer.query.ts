import { graphql } from '../gql';

/** Who the server takes this tab for: the token's name and role, and what that role may do. */
export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      name
      role
      canSeeContacts
      canEdit
    }
  }
`);
