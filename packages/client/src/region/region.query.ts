import { graphql } from '../gql';

/** What the client knows of each region: everything of the region file but a boundary. */
export const LOADED_REGION_ENTRY = graphql(`
  fragment LoadedRegionEntry on Region {
    id
    kind
    name {
      de
      en
    }
    ags
    population
    populationYear
    approximate
    isTown
    courtDistrict
    seat
    level
    hosts {
      de
      en
    }
    neighbours {
      id
    }
  }
`);

/** The region this instance serves, once per visit: what `RegionProvider` builds the catalog from. */
export const REGION_QUERY = graphql(`
  query LoadedRegion {
    region {
      version
      county {
        ...LoadedRegionEntry
      }
      municipalities {
        ...LoadedRegionEntry
      }
      externals {
        ...LoadedRegionEntry
      }
    }
  }
`);
