import { graphql } from '../gql';

export const TRAINING_PLAN_QUERY = graphql(`
  query TrainingPlan($count: Int!, $seats: Int!, $year: Int) {
    trainingPlan(count: $count, seats: $seats, year: $year) {
      asOf
      year
      count
      seats
      shortfall {
        de
        en
      }
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
        seatCount
        quarter
        format
        date
        holdersBefore
        holdersAfter
        reasons {
          de
          en
        }
        trainer {
          person {
            id
            name
          }
          institution {
            id
            name
          }
          sibling
        }
        audience {
          institution {
            id
            name
          }
          people {
            id
            name
          }
          openSeats
          seats
        }
        effect {
          gapsClosed
          severityRemoved
          populationReached
          cellsGained {
            municipality {
              id
            }
          }
          cellsSecured {
            municipality {
              id
            }
          }
        }
      }
      effect {
        gapsClosed
        severityRemoved
        closableGaps
        closableSeverity
        populationReached
        summary {
          de
          en
        }
        before {
          cells
          cellsWithPerson
          gaps
          totalSeverity
        }
        after {
          cells
          cellsWithPerson
          gaps
          totalSeverity
        }
        unclosable {
          kind
          count
          severity
          why {
            de
            en
          }
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

export const PAST_TRAININGS_QUERY = graphql(`
  query PastTrainings {
    pastTrainings {
      trainings {
        id
        title
        date
        provider
        participantCount
        topics {
          id
        }
        peopleTrained {
          id
          name
        }
        effect {
          gapsClosed
          severityRemoved
          populationReached
          cellsGained {
            topic {
              id
            }
            municipality {
              id
            }
          }
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
