import { graphql } from '../gql';

/** The fields of a referral path that its edit form shows and an update returns. */
export const REFERRAL_PATH_EDIT_FIELDS = graphql(`
  fragment ReferralPathEditFields on ReferralPath {
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
`);

export const REFERRAL_PATH_FOR_EDIT = graphql(`
  query ReferralPathForEdit($id: ID!) {
    referralPath(id: $id) {
      ...ReferralPathEditFields
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
    }
  }
`);

export const UPDATE_REFERRAL_PATH = graphql(`
  mutation UpdateReferralPath($input: UpdateReferralPathInput!) {
    updateReferralPath(input: $input) {
      ...ReferralPathEditFields
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

/** Deletes a referral path, at the version the page read (else CONFLICT). */
export const DELETE_REFERRAL_PATH = graphql(`
  mutation DeleteReferralPath($id: ID!, $version: Int!) {
    deleteReferralPath(id: $id, version: $version)
  }
`);
