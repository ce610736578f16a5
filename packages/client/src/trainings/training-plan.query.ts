import { graphql } from '../gql';

export const TRAINING_PLAN_QUERY = graphql(`
  query TrainingPlan($maxTrainings: Int!, $maxAttendees: Int!) {
    trainingPlan(maxTrainings: $maxTrainings, maxAttendees: $maxAttendees) {
      asOf
      trainings {
        id
        title {
          de
          en
        }
        topic {
          id
        }
        priority
        score
        reasons {
          de
          en
        }
        holdersBefore
        holdersAfter
        populationReached
        attendees {
          institution {
            id
            name
          }
          person {
            id
            name
          }
          newlyCovered {
            id
          }
        }
        cellsGained {
          topic {
            id
          }
          municipality {
            id
          }
        }
      }
      simulation {
        before {
          cells
          cellsWithService
          cellsWithPerson
          gaps
          totalSeverity
        }
        after {
          cells
          cellsWithService
          cellsWithPerson
          gaps
          totalSeverity
        }
        singlePersonTopicsBefore {
          id
        }
        singlePersonTopicsAfter {
          id
        }
      }
    }
  }
`);

export const RECORD_COMPLETED_TRAINING = graphql(`
  mutation RecordCompletedTraining($input: RecordCompletedTrainingInput!) {
    recordCompletedTraining(input: $input) {
      date
      expertiseCreated
      peopleUpdated
      topic {
        id
      }
      training {
        id
        title
      }
    }
  }
`);
