import { useTestApi } from '../../test/fixtures';

describe('case reviews and gaps over GraphQL (real Neo4j)', () => {
  const api = useTestApi();

  it('records a gap and a case review that points at it, readable both ways', async () => {
    const gap = await api.query<{
      createGap: { id: string; topic: { id: string }; area: { id: string }[]; status: string };
    }>(
      `mutation($input: CreateGapInput!) { createGap(input: $input) { id status topic { id } area { id } } }`,
      {
        input: {
          title: 'Übergabe am Wochenende verzögert',
          description:
            'Die Übergabe von der Polizei an die Interventionsstelle verzögert sich am Wochenende.',
          date: '2024-06-12',
          topic: 'domestic_violence',
          area: ['zerbst', 'aken'],
          reportedByKind: 'POLICE_STATION',
        },
      },
    );
    expect(gap.errors).toBeUndefined();
    expect(gap.data!.createGap).toMatchObject({
      status: 'OPEN',
      topic: { id: 'domestic_violence' },
    });
    const gapId = gap.data!.createGap.id;

    const review = await api.query<{
      createCaseReview: { id: string; gaps: { id: string }[]; routeTemplate: string };
    }>(
      `mutation($input: CreateCaseReviewInput!) { createCaseReview(input: $input) { id routeTemplate gaps { id } } }`,
      {
        input: {
          title: 'Wochenendübergabe',
          date: '2024-06-12',
          routeTemplate: 'R01',
          lessons: 'Fax und E-Mail am Wochenende werden nicht gelesen; ein Verfahren fehlt.',
          actionItems: ['Wochenendverfahren vereinbaren'],
          gapIds: [gapId],
        },
      },
    );
    expect(review.errors).toBeUndefined();
    expect(review.data!.createCaseReview).toMatchObject({
      routeTemplate: 'R01',
      gaps: [{ id: gapId }],
    });

    const back = await api.query<{ gaps: { nodes: { caseReviews: { title: string }[] }[] } }>(
      `{ gaps(filter: { topics: ["violence_close_relationships"], municipalities: ["zerbst"], statuses: [OPEN] }) { nodes { caseReviews { title } } } }`,
    );
    expect(back.data?.gaps.nodes).toEqual([{ caseReviews: [{ title: 'Wochenendübergabe' }] }]);
  });

  it('rejects bad input with the field named and writes nothing', async () => {
    const before = await api.cypher('MATCH (n) WHERE n:Gap OR n:CaseReview RETURN count(n) AS n');
    const cases: [string, Record<string, unknown>, string][] = [
      ['createGap', { title: 'Lücke', description: 'Zu kurz', date: '2024-01-01' }, 'description'],
      [
        'createGap',
        {
          title: 'Lücke',
          description: 'Eine ausreichend lange Beschreibung.',
          date: '2024-01-01',
          topic: 'x',
        },
        'topic',
      ],
      [
        'createGap',
        {
          title: 'Lücke',
          description: 'Eine ausreichend lange Beschreibung.',
          date: '2024-01-01',
          area: ['mars'],
        },
        'area',
      ],
      [
        'createCaseReview',
        {
          title: 'Rückblick',
          date: '2024-01-01',
          lessons: 'Eine Lehre für alle Beteiligten.',
          routeTemplate: 'R99',
        },
        'routeTemplate',
      ],
      [
        'createCaseReview',
        {
          title: 'Rückblick',
          date: '2024-01-01',
          lessons: 'Eine Lehre für alle Beteiligten.',
          gapIds: ['gap:none'],
        },
        'gapIds',
      ],
    ];
    for (const [mutation, input, field] of cases) {
      const type = mutation === 'createGap' ? 'CreateGapInput' : 'CreateCaseReviewInput';
      const result = await api.query(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`,
        { input },
      );
      expect({
        field: result.errors?.[0]?.extensions?.field,
        code: result.errors?.[0]?.extensions?.code,
      }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
      });
    }
    expect(await api.cypher('MATCH (n) WHERE n:Gap OR n:CaseReview RETURN count(n) AS n')).toEqual(
      before,
    );
  });

  it('refuses a case review with "Frau Müller, geb. 12.03.1985", naming the field and what looked like personal data, and writes nothing', async () => {
    const before = await api.cypher('MATCH (n:CaseReview) RETURN count(n) AS n');
    const result = await api.query(
      `mutation($input: CreateCaseReviewInput!) { createCaseReview(input: $input) { id } }`,
      {
        input: {
          title: 'Übergabe nach Polizeieinsatz',
          date: '2024-09-18',
          lessons: 'Frau Müller, geb. 12.03.1985, wurde erst nach drei Tagen erreicht.',
          actionItems: ['Wochenendverfahren vereinbaren'],
        },
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'lessons',
      problems: [
        {
          field: 'lessons',
          reason: 'personal_data',
          messageDe:
            'Sieht nach personenbezogenen Daten aus: Name einer Person „Frau Müller“, Geburtsdatum „geb. 12.03.1985“. Bitte anonymisieren (z. B. „die Mutter“, „im Juni 2024“).',
          findings: [
            { kind: 'name', text: 'Frau Müller' },
            { kind: 'birth_date', text: 'geb. 12.03.1985' },
          ],
        },
      ],
    });
    expect(await api.cypher('MATCH (n:CaseReview) RETURN count(n) AS n')).toEqual(before);

    const actionItem = await api.query(
      `mutation { createCaseReview(input: { title: "Rückblick", date: "2024-09-18", lessons: "Das Verfahren am Wochenende fehlt.", actionItems: ["Verfahren klären", "Anruf bei mutter85@web.de"] }) { id } }`,
    );
    expect(actionItem.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'actionItems.1',
    });
  });

  it('closes a gap with the current version only', async () => {
    const gap = await api.query<{ createGap: { id: string } }>(
      `mutation { createGap(input: { title: "Keine Beratung in Aken", description: "In Aken gibt es keine Beratungsstelle vor Ort.", date: "2024-05-01", isTrainingNeed: false }) { id } }`,
    );
    const id = gap.data!.createGap.id;
    const closed = await api.query<{ updateGap: { status: string; version: number } }>(
      `mutation($id: ID!) { updateGap(input: { id: $id, version: 1, status: CLOSED }) { status version } }`,
      { id },
    );
    expect(closed.data?.updateGap).toEqual({ status: 'CLOSED', version: 2 });
    const stale = await api.query(
      `mutation($id: ID!) { updateGap(input: { id: $id, version: 1, status: OPEN }) { id } }`,
      { id },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });
});
