import { graphql } from '../gql';

/** The fields of an institution that its edit form shows and an update returns. */
export const INSTITUTION_EDIT_FIELDS = graphql(`
  fragment InstitutionEditFields on Institution {
    id
    version
    updatedAt
    updatedBy
    name
    kind
    municipality {
      id
    }
    operator
    street
    postalCode
    phone
    email
    website
    openingHours {
      day
      opens
      closes
    }
    available24x7
    languages
    accessibility
    sourceUrl
    lastVerifiedAt
  }
`);

/** An institution with everything its edit page shows and links to. */
export const INSTITUTION_FOR_EDIT = graphql(`
  query InstitutionForEdit($id: ID!) {
    institution(id: $id) {
      ...InstitutionEditFields
      services {
        id
        name
      }
      referralsOut {
        id
        to {
          id
          name
        }
        routeTemplate {
          id
        }
      }
      referralsIn {
        id
        from {
          id
          name
        }
        routeTemplate {
          id
        }
      }
      people {
        role
        person {
          id
          displayName
        }
      }
      networks {
        role
        network {
          id
          name
        }
      }
    }
  }
`);

export const UPDATE_INSTITUTION = graphql(`
  mutation UpdateInstitution($input: UpdateInstitutionInput!) {
    updateInstitution(input: $input) {
      ...InstitutionEditFields
    }
  }
`);

export const CREATE_INSTITUTION = graphql(`
  mutation CreateInstitution($input: CreateInstitutionInput!) {
    createInstitution(input: $input) {
      id
      version
    }
  }
`);

/**
 * Deletes an institution with its services and relationships,
 * at the version the page read (else CONFLICT).
 */
export const DELETE_INSTITUTION = graphql(`
  mutation DeleteInstitution($id: ID!, $version: Int!) {
    deleteInstitution(id: $id, version: $version)
  }
`);
