import { graphql } from '../gql';

export const PERSON_FOR_EDIT = graphql(`
  query PersonForEdit($id: ID!) {
    person(id: $id) {
      id
      version
      updatedAt
      updatedBy
      displayName
      givenName
      familyName
      functionTitle
      listingBasis
      email
      phone
      languages
      qualifications
      expertise {
        topic {
          id
        }
        level
        qualification
        since
        validUntil
      }
      employments {
        role
        since
        institution {
          id
          name
        }
      }
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      version
      displayName
      givenName
      familyName
      functionTitle
      listingBasis
      email
      phone
      languages
      qualifications
    }
  }
`);

export const CREATE_PERSON = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      version
    }
  }
`);

export const SET_EXPERTISE = graphql(`
  mutation SetExpertise($input: SetExpertiseInput!) {
    setExpertise(input: $input) {
      id
      version
      expertise {
        topic {
          id
        }
        level
        qualification
        since
        validUntil
      }
    }
  }
`);

export const REMOVE_EXPERTISE = graphql(`
  mutation RemoveExpertise($personId: ID!, $topic: ID!) {
    removeExpertise(personId: $personId, topic: $topic) {
      id
      version
      expertise {
        topic {
          id
        }
        level
        qualification
        since
        validUntil
      }
    }
  }
`);

export const ADD_EMPLOYMENT = graphql(`
  mutation AddEmployment($personId: ID!, $institutionId: ID!, $role: String!, $since: String) {
    addEmployment(personId: $personId, institutionId: $institutionId, role: $role, since: $since) {
      id
      version
      employments {
        role
        since
        institution {
          id
          name
        }
      }
    }
  }
`);

export const REMOVE_EMPLOYMENT = graphql(`
  mutation RemoveEmployment($personId: ID!, $institutionId: ID!) {
    removeEmployment(personId: $personId, institutionId: $institutionId) {
      id
      version
      employments {
        role
        since
        institution {
          id
          name
        }
      }
    }
  }
`);
