import { findPersonalData } from '@schutznetz/domain';
import { DEMO_DATA } from './index';

/** The detector of decision 027 against the county's real names and the demo's anonymised texts. */
describe('the personal-data check on the demo data', () => {
  it('finds nothing in the names of institutions, services and networks', () => {
    const names = [
      ...DEMO_DATA.institutions.map((institution) => institution.name),
      ...DEMO_DATA.services.map((service) => service.name),
      ...DEMO_DATA.networks.map((network) => network.name),
    ];
    const flagged = names.filter((name) => findPersonalData(name).length > 0);
    expect(flagged).toEqual([]);
  });

  it('finds nothing in the meetings, trainings, case reviews and gaps', () => {
    const texts = [
      ...DEMO_DATA.meetings.flatMap((meeting) => [meeting.title, meeting.summary ?? '']),
      ...DEMO_DATA.trainings.map((training) => training.title),
      ...DEMO_DATA.caseReviews.flatMap((review) => [
        review.title,
        review.lessons,
        ...review.actionItems,
      ]),
      ...DEMO_DATA.gaps.flatMap((gap) => [gap.title, gap.description]),
    ];
    const flagged = texts.filter((text) => findPersonalData(text).length > 0);
    expect(flagged).toEqual([]);
  });
});
