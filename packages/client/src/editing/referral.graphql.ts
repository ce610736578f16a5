import { graphql } from '../gql';

export const REFERRAL_PATH_FOR_EDIT = graphql(`
  query ReferralPathForEdit($id: ID!) {
    referralPath(id: $id) {
      id
      version
      updatedAt
      updatedBy
      from {
        id
        name
      }
      to {
        id
        name
      }
      routeTemplate {
        id
      }
      topics {
        id
      }
      consent
      dataMode
      urgency
      responseHours
      formalAgreement
      afterHours
      conditions
    }
  }
`);

export const UPDATE_REFERRAL_PATH = graphql(`
  mutation UpdateReferralPath($input: UpdateReferralPathInput!) {
    updateReferralPath(input: $input) {
      id
      version
      routeTemplate {
        id
      }
      topics {
        id
      }
      consent
      dataMode
      urgency
      responseHours
      formalAgreement
      afterHours
      conditions
    }
  }
`);

export const CREATE_REFERRAL_PATH = graphql(`
  mutation CreateReferralPath($input: CreateReferralPathInput!) {
    createReferralPath(input: $input) {
      id
      version
    }
  }
`);
