import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SystemStatusData } from './format-status';

/** Versions of the server and its database, shown in the footer. */
export const SYSTEM_STATUS_QUERY: TypedDocumentNode<SystemStatusData, Record<string, never>> = gql`
  query SystemStatus {
    systemStatus {
      version
      database {
        version
        edition
      }
    }
  }
`;
