import { graphql } from '../gql';

export const MEETING_FOR_EDIT = graphql(`
  query MeetingForEdit($id: ID!) {
    meeting(id: $id) {
      id
      version
      updatedAt
      updatedBy
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
  }
`);

export const UPDATE_MEETING = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
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
