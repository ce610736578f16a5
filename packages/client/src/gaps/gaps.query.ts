import { graphql } from '../gql';

export const COVERAGE_QUERY = graphql(`
  query Coverage {
    coverage {
      asOf
      municipalities
      summary {
        cells
        cellsWithService
        cellsWithPerson
        gaps
      }
      topics {
        id
        isGroup
        criticality
        label {
          de
          en
        }
      }
      cells {
        topic {
          id
        }
        municipality {
          id
        }
        serviceCount
        personCount
        languages
        services {
          id
          name
          institutionId
          available24x7
        }
        services24x7 {
          id
        }
        institutions {
          id
          name
        }
        people {
          id
          name
        }
      }
      gaps {
        id
        kind
        severity
        criticality
        peopleAffected
        language
        topic {
          id
        }
        municipality {
          id
        }
        reason {
          de
          en
        }
      }
      shelterCapacity {
        places
        freePlaces
        population
        requiredPlaces
        shortfall
        placesPer10k
        municipalitiesWithoutShelter {
          id
        }
      }
    }
  }
`);

export const RESILIENCE_QUERY = graphql(`
  query Resilience {
    resilience {
      singlePoints {
        topics {
          topic {
            id
          }
          singlePerson
          singleInstitution
          personCount
          people {
            id
            name
          }
          institutions {
            id
            name
          }
        }
      }
      structure {
        components
        articulationPoints {
          node {
            id
            name
            kind
          }
          cutOff {
            id
            name
          }
        }
      }
      personLinks {
        cutPoints {
          person {
            id
            name
          }
          cutOff {
            id
            name
          }
        }
        bridges {
          person {
            id
            name
          }
          other {
            id
            name
          }
          kind
          cutOff {
            id
            name
          }
        }
      }
      isolation {
        inReferralGraph {
          id
          name
        }
        inNetworks {
          id
          name
        }
      }
    }
  }
`);

export const GAP_NETWORKS_QUERY = graphql(`
  query GapNetworks {
    networks(first: 50) {
      nodes {
        id
        name
      }
    }
  }
`);

export const NETWORK_COMPOSITION_QUERY = graphql(`
  query NetworkComposition($network: ID!) {
    networkComposition(network: $network) {
      missingCount
      presentKinds
      expectations {
        code
        label {
          de
          en
        }
        basis
        source
        met {
          requirementId
          label {
            de
            en
          }
          provision
          institutions {
            id
            name
          }
        }
        missing {
          requirementId
          label {
            de
            en
          }
          provision
          anyOf
          candidates {
            id
            name
          }
        }
      }
      overlaps {
        jaccard
        other {
          id
          name
        }
        sharedInstitutions {
          id
          name
        }
        sharedPersonCount
      }
      bridgingMembers {
        id
        name
        kind
        networks {
          id
          name
        }
      }
    }
  }
`);
