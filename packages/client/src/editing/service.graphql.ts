import { graphql } from '../gql';

/** The fields of a service that its edit form shows and an update returns. */
export const SERVICE_EDIT_FIELDS = graphql(`
  fragment ServiceEditFields on Service {
    id
    version
    name
    description
    topics {
      id
    }
    targetGroups {
      id
    }
    area {
      id
    }
    minAge
    maxAge
    languages
    openingHours {
      day
      opens
      closes
    }
    available24x7
    selfReferral
    consentRequired
    cost
    accessibility
    capacityTotal
    capacityFree
    capacityReportedAt
    interpreting
    boysMaxAge
  }
`);

export const SERVICE_FOR_EDIT = graphql(`
  query ServiceForEdit($id: ID!) {
    service(id: $id) {
      ...ServiceEditFields
      updatedAt
      updatedBy
      institution {
        id
        name
      }
    }
  }
`);

export const UPDATE_SERVICE = graphql(`
  mutation UpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
      ...ServiceEditFields
    }
  }
`);

export const CREATE_SERVICE = graphql(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      id
      version
    }
  }
`);

export const INSTITUTION_NAME = graphql(`
  query InstitutionName($id: ID!) {
    institution(id: $id) {
      id
      name
      municipality {
        id
      }
    }
  }
`);

/** Deletes a service with its links, at the version the page read (else CONFLICT). */
export const DELETE_SERVICE = graphql(`
  mutation DeleteService($id: ID!, $version: Int!) {
    deleteService(id: $id, version: $version)
  }
`);
