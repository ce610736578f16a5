import { graphql } from '../gql';

/** The case reviews, newest last as the server orders them, with what they point at. */
export const CASE_REVIEWS = graphql(`
  query CaseReviewList {
    caseReviews(first: 200) {
      totalCount
      nodes {
        id
        title
        date
        routeTemplate
        lessons
        actionItems
        network {
          id
          name
        }
        gaps {
          id
          title
        }
      }
    }
  }
`);

/** The gaps and networks a new review may point at. */
export const REVIEW_OPTIONS = graphql(`
  query CaseReviewOptions {
    gaps(first: 200) {
      nodes {
        id
        title
        status
      }
    }
    networks(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CREATE_CASE_REVIEW = graphql(`
  mutation CreateReview($input: CreateCaseReviewInput!) {
    createCaseReview(input: $input) {
      id
      title
    }
  }
`);
