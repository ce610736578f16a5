import { graphql } from '../gql';

/** The fields of a meeting that its edit form shows and an update returns. */
export const MEETING_EDIT_FIELDS = graphql(`
  fragment MeetingEditFields on Meeting {
    id
    version
    title
    kind
    date
    location
    summary
    networks {
      id
    }
    institutions {
      id
      name
    }
    people {
      id
      displayName
    }
  }
`);

export const MEETING_FOR_EDIT = graphql(`
  query MeetingForEdit($id: ID!) {
    meeting(id: $id) {
      ...MeetingEditFields
      updatedAt
      updatedBy
    }
  }
`);

export const UPDATE_MEETING = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      ...MeetingEditFields
    }
  }
`);

export const CREATE_MEETING = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      version
    }
  }
`);

/** Deletes a meeting, at the version the page read (else CONFLICT). */
export const DELETE_MEETING = graphql(`
  mutation DeleteMeeting($id: ID!, $version: Int!) {
    deleteMeeting(id: $id, version: $version)
  }
`);
