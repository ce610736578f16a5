import { graphql } from '../gql';

/** The shelters' services whose free places the signed-in viewer may report. */
export const REPORTABLE_SERVICES = graphql(`
  query ReportableServices {
    reportableServices {
      id
      name
      version
      capacityTotal
      capacityFree
      capacityReportedAt
      institution {
        id
        name
      }
    }
  }
`);

/** "Plätze frei: N" or "Belegt" (0) in one action; the answer carries the new report time. */
export const REPORT_FREE_PLACES = graphql(`
  mutation ReportFreePlaces($serviceId: ID!, $free: Int!) {
    reportFreePlaces(serviceId: $serviceId, free: $free) {
      id
      version
      capacityFree
      capacityReportedAt
    }
  }
`);
