import { graphql } from '../gql';

/**
 * The institutions a municipality's card may name, by kind, with their function contacts, hours
 * and the area each service covers (public fields: the card works without signing in).
 */
export const EMERGENCY_CARD_INSTITUTIONS_QUERY = graphql(`
  query EmergencyCardInstitutions($kinds: [InstitutionKind!]!) {
    institutions(filter: { kinds: $kinds }, first: 200) {
      nodes {
        id
        name
        kind
        municipality {
          id
        }
        phone
        website
        street
        postalCode
        available24x7
        openingHours {
          day
          opens
          closes
        }
        services {
          id
          name
          available24x7
          area {
            id
          }
        }
      }
    }
  }
`);
