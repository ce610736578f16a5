import { graphql } from '../gql';

/** How a step is reached at the chosen moment: contacts, address, hours. */
export const REACH_FIELDS = graphql(`
  fragment ReachFields on RouteReach {
    entryId
    serviceId
    phone
    email
    website
    addressProtected
    street
    postalCode
    municipality
    availability
    todayHours {
      day
      opens
      closes
    }
    nextOpeningAt
    available24x7
    weeklyHours {
      day
      opens
      closes
    }
    people {
      id
      name
      role
      phone
      email
    }
  }
`);

/** The parts of a route the finder lists and draws. */
export const ROUTE_FIELDS = graphql(`
  fragment RouteFields on ReferralRoute {
    rank
    kind
    cost
    expectedHours
    explanation {
      de
      en
    }
    languageMatch
    openQuestions {
      constraint
      child
      label {
        de
        en
      }
    }
    costTerms {
      kind
      hours
      label {
        de
        en
      }
    }
    start {
      id
      name
      kind
      municipality
    }
    startReach {
      ...ReachFields
    }
    endReach {
      ...ReachFields
    }
    endCapacity {
      state
      free
      reportedAt
    }
    endInstitution {
      id
      name
      kind
      municipality
    }
    endService {
      id
      name
      available24x7
    }
    hops {
      via
      step
      inferred
      from {
        id
        name
        kind
        municipality
      }
      to {
        id
        name
        kind
        municipality
      }
      referralPathId
      routeTemplate {
        id
        title {
          de
          en
        }
      }
      reason {
        de
        en
      }
      conditions
      consent
      dataMode
      responseHours
      responseEstimated
      waitHours
      handOverAt
      contactAt
      receiverAvailability
      reach {
        ...ReachFields
      }
    }
  }
`);

export const REFERRAL_ROUTES_QUERY = graphql(`
  query ReferralRoutes($start: RouteStartInput!, $need: ReferralNeedInput!, $k: Int!) {
    referralRoutes(start: $start, need: $need, k: $k) {
      graphVersion
      matchingServiceCount
      topicServiceCount
      truncated
      ranking {
        de
        en
      }
      startInstitutions {
        id
        name
      }
      routes {
        ...RouteFields
      }
      rejections {
        constraint
        serviceCount
        institutionCount
        referralPathCount
      }
      leftOut {
        constraint
        serviceCount
        description {
          de
          en
        }
        nearest {
          service {
            id
            name
          }
          institution {
            id
            name
          }
          municipality
          municipalityName
          reasons {
            constraint
            child
            label {
              de
              en
            }
          }
        }
      }
      noRoute {
        summary {
          de
          en
        }
        failedConstraints {
          constraint
          serviceCount
          institutionCount
          referralPathCount
          services {
            id
            name
          }
        }
        fruitless
        fruitlessMunicipalities {
          code
          name
        }
        relaxations {
          constraint
          municipality {
            code
            name
          }
          description {
            de
            en
          }
          routes {
            ...RouteFields
          }
        }
      }
    }
  }
`);

/** Institutions to start from, found by name. */
export const START_INSTITUTION_QUERY = graphql(`
  query StartInstitution($id: ID!) {
    institution(id: $id) {
      id
      name
    }
  }
`);
