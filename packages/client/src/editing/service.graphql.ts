import { graphql } from '../gql';

export const SERVICE_FOR_EDIT = graphql(`
  query ServiceForEdit($id: ID!) {
    service(id: $id) {
      id
      version
      updatedAt
      updatedBy
      name
      description
      institution {
        id
        name
      }
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
    }
  }
`);

export const UPDATE_SERVICE = graphql(`
  mutation UpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
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
