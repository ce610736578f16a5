import { graphql } from '../gql';

/** The region as the admin page shows and downloads it: every field, boundaries, who changed it. */
export const ADMIN_REGION_QUERY = graphql(`
  query AdminRegion {
    region {
      version
      updatedAt
      updatedBy
      source
      notes
      county {
        ...LoadedRegionEntry
      }
      municipalities {
        ...LoadedRegionEntry
        boundary
      }
      externals {
        ...LoadedRegionEntry
      }
    }
  }
`);

/**
 * Checks (dry run) or applies a region file. The region itself is read again afterwards, so a
 * dry run's region never stands in the cache for the loaded one.
 */
export const LOAD_REGION_MUTATION = graphql(`
  mutation LoadRegionFile($input: LoadRegionInput!) {
    loadRegion(input: $input) {
      applied
      version
      changes {
        code
        change
        fields
      }
    }
  }
`);
