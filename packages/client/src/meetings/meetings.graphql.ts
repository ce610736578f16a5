import { graphql } from '../gql';

export const MEETING_LIST = graphql(`
  query MeetingList {
    meetings(first: 200) {
      totalCount
      nodes {
        id
        title
        date
        kind
        location
        networks {
          id
          name
        }
      }
    }
  }
`);

/** One action item as the meeting page shows it. */
export const ACTION_ITEM_FIELDS = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    version
    text
    status
    dueDate
    responsibleInstitutions {
      id
      name
    }
    responsiblePeople {
      id
      displayName
    }
    gaps {
      id
      title
    }
  }
`);

export const MEETING_DETAIL = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      id
      version
      title
      date
      kind
      location
      summary
      networks {
        id
        name
        members {
          memberId
          institution {
            id
            name
          }
          person {
            id
            displayName
          }
        }
      }
      agenda {
        position
        title
        kind
        presenterInstitution {
          id
          name
        }
        presenterPerson {
          id
          displayName
        }
      }
      institutions {
        id
        name
      }
      people {
        id
        displayName
      }
      excusedInstitutions {
        id
        name
      }
      excusedPeople {
        id
        displayName
      }
      actionItems {
        ...ActionItemFields
      }
    }
    gaps(first: 200) {
      nodes {
        id
        title
      }
    }
  }
`);

export const UPDATE_MEETING_ATTENDANCE = graphql(`
  mutation UpdateMeetingAttendance($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_MEETING_AGENDA = graphql(`
  mutation UpdateMeetingAgenda($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
      version
    }
  }
`);

export const CREATE_ACTION_ITEM = graphql(`
  mutation CreateMeetingActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const UPDATE_ACTION_ITEM = graphql(`
  mutation UpdateMeetingActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ActionItemFields
    }
  }
`);

export const SINCE_LAST_MEETING = graphql(`
  query SinceLastMeeting($meetingId: ID) {
    sinceLastMeeting(meetingId: $meetingId) {
      until
      snapshotTakenAt
      snapshotLabel
      meeting {
        id
        title
        date
      }
      membersJoined {
        networkId
        networkName
        memberId
        memberKind
        memberName
        role
      }
      membersLeft {
        networkId
        networkName
        memberId
        memberKind
        memberName
        role
      }
      institutionsAdded {
        id
        name
      }
      institutionsRemoved {
        id
        name
      }
      gapsOpened {
        id
        kind
        severity
        reason {
          de
          en
        }
      }
      gapsClosed {
        id
        kind
        severity
        reason {
          de
          en
        }
      }
      trainingsDone {
        id
        title
        date
      }
      gapsRecorded {
        id
        title
        date
      }
      recordedGapsClosed {
        id
        title
      }
      openActionItems {
        id
        text
        dueDate
        meeting {
          id
          title
        }
        responsibleInstitutions {
          id
          name
        }
      }
    }
  }
`);
