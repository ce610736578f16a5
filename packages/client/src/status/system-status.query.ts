import { graphql } from '../gql';

/** Versions of the server and its database, shown in the footer. */
export const SYSTEM_STATUS_QUERY = graphql(`
  query SystemStatus {
    systemStatus {
      version
      database {
        version
        edition
      }
    }
  }
`);
