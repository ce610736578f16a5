import { graphql } from '../gql';

/** The fields of a person that the edit form shows and an update returns. */
export const PERSON_EDIT_FIELDS = graphql(`
  fragment PersonEditFields on Person {
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
`);

/** A person's expertise, as the edit page lists it and the expertise mutations return it. */
export const PERSON_EXPERTISE_FIELDS = graphql(`
  fragment PersonExpertiseFields on Person {
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
`);

/** A person's employments, as the edit page lists them and the employment mutations return them. */
export const PERSON_EMPLOYMENT_FIELDS = graphql(`
  fragment PersonEmploymentFields on Person {
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
`);

export const PERSON_FOR_EDIT = graphql(`
  query PersonForEdit($id: ID!) {
    person(id: $id) {
      ...PersonEditFields
      updatedAt
      updatedBy
      ...PersonExpertiseFields
      ...PersonEmploymentFields
      networks {
        network {
          id
        }
      }
    }
  }
`);

export const UPDATE_PERSON = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      ...PersonEditFields
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
      ...PersonExpertiseFields
    }
  }
`);

export const REMOVE_EXPERTISE = graphql(`
  mutation RemoveExpertise($personId: ID!, $topic: ID!) {
    removeExpertise(personId: $personId, topic: $topic) {
      ...PersonExpertiseFields
    }
  }
`);

export const ADD_EMPLOYMENT = graphql(`
  mutation AddEmployment($personId: ID!, $institutionId: ID!, $role: String!, $since: String) {
    addEmployment(personId: $personId, institutionId: $institutionId, role: $role, since: $since) {
      ...PersonEmploymentFields
    }
  }
`);

export const REMOVE_EMPLOYMENT = graphql(`
  mutation RemoveEmployment($personId: ID!, $institutionId: ID!) {
    removeEmployment(personId: $personId, institutionId: $institutionId) {
      ...PersonEmploymentFields
    }
  }
`);

/**
 * Deletes a person with their employments, expertise and memberships,
 * at the version the page read (else CONFLICT).
 */
export const DELETE_PERSON = graphql(`
  mutation DeletePerson($id: ID!, $version: Int!) {
    deletePerson(id: $id, version: $version)
  }
`);
