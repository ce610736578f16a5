import { graphql } from '../gql';

/** The region this instance serves, once per visit: what `RegionProvider` builds the catalog from. */
export const REGION_QUERY = graphql(`
  query LoadedRegion {
    regions {
      id
      kind
      name {
        de
        en
      }
      ags
      population
      neighbours {
        id
      }
    }
  }
`);
