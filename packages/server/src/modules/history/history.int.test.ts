import { useTestApi } from '../../test/fixtures';
import { startTestApi, type GraphQLResult } from '../../test/graphql';

/** The audit trail (issue 10 §6) through the API, on the real Neo4j. */

const COORDINATOR = 'coordinator-token-0123456789';
const MEMBER = 'member-token-0123456789abcd';
const AS_COORDINATOR = { authorization: `Bearer ${COORDINATOR}` };
const AS_MEMBER = { authorization: `Bearer ${MEMBER}` };

const HISTORY = `
query($id: ID!) {
  history(id: $id, first: 50) {
    totalCount
    nodes { at actor action entity entryId name changes { field before after } }
  }
}`;

const DELETED = `{ deletedEntries(first: 50) { nodes { entryId entity name actor action } } }`;

const RESTORE = `
mutation($id: ID!) { restoreEntry(id: $id) { id entity restored relationships missingEnds } }`;

interface ChangeView {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entryId: string;
  name: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
}

describe('the audit trail (real Neo4j)', () => {
  const api = useTestApi(() =>
    startTestApi(undefined, {
      AUTH_TOKENS: `${COORDINATOR}:coordinator:Kerstin Koordination,${MEMBER}:member:Max Mitglied`,
      ANONYMOUS_ROLE: 'public',
    }),
  );

  async function run<Data>(query: string, variables: Record<string, unknown> = {}) {
    const result: GraphQLResult<Data> = await api.query<Data>(query, variables, AS_COORDINATOR);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  async function history(id: string): Promise<ChangeView[]> {
    const data = await run<{ history: { nodes: ChangeView[] } }>(HISTORY, { id });
    return data.history.nodes;
  }

  const field = (change: ChangeView | undefined, name: string) =>
    change?.changes.find((item) => item.field === name);

  async function createInstitution(input: Record<string, unknown>) {
    const data = await run<{ createInstitution: { id: string; version: number } }>(
      `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { id version } }`,
      { input: { kind: 'FAMILY_COUNSELLING_CENTRE', municipality: 'koethen', ...input } },
    );
    return data.createInstitution;
  }

  async function auditCount(): Promise<number> {
    const [row] = await api.cypher<{ n: number }>('MATCH (e:AuditEntry) RETURN count(e) AS n');
    return row!.n;
  }

  it('records who created an entry and who changed which field from what to what, newest first', async () => {
    const created = await createInstitution({ name: 'Erziehungsberatung Köthen' });
    await run(
      `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`,
      { input: { id: created.id, version: created.version, phone: '+49 3496 7000' } },
    );

    const [update, create] = await history(created.id);
    expect(update).toMatchObject({
      actor: 'Kerstin Koordination',
      action: 'UPDATED',
      entity: 'Institution',
      name: 'Erziehungsberatung Köthen',
      changes: [{ field: 'phone', before: null, after: '"+49 3496 7000"' }],
    });
    expect(create).toMatchObject({ actor: 'Kerstin Koordination', action: 'CREATED' });
    expect(field(create, 'name')?.after).toBe('"Erziehungsberatung Köthen"');
    expect(field(create, '→LOCATED_IN')?.after).toBe('["koethen"]');
    expect(Date.parse(update!.at)).toBeGreaterThanOrEqual(Date.parse(create!.at));
  });

  it('a refused write leaves no history entry', async () => {
    const created = await createInstitution({ name: 'Beratung Zerbst' });
    const before = await auditCount();
    const stale = await api.query(
      `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`,
      { input: { id: created.id, version: created.version + 5, phone: '+49 3923 1' } },
      AS_COORDINATOR,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const refused = await api.query(
      `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`,
      {
        input: {
          id: created.id,
          version: created.version,
          kind: 'WOMENS_SHELTER',
          street: 'Weg 1',
        },
      },
      AS_COORDINATOR,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await auditCount()).toBe(before);
    expect((await history(created.id)).map((change) => change.action)).toEqual(['CREATED']);
  });

  it('a deleted institution is listed as deleted and restored with its services, properties and relationships as they were', async () => {
    const institution = await createInstitution({
      name: 'Familienzentrum Wolfen',
      municipality: 'bitterfeld_wolfen',
      phone: '+49 3494 5555',
      languages: ['DE', 'AR'],
      openingHours: [{ day: 'MON', opens: '09:00', closes: '15:00' }],
    });
    const service = await run<{ createService: { id: string } }>(
      `mutation($input: CreateServiceInput!) { createService(input: $input) { id } }`,
      {
        input: {
          institutionId: institution.id,
          name: 'Elternberatung',
          topics: ['parenting_support'],
          capacityTotal: 4,
          minAge: 0,
        },
      },
    );
    const network = (
      await api.cypher<{ id: string }>('MATCH (n:Network) RETURN n.id AS id LIMIT 1')
    )[0];
    if (network) {
      await run(`mutation($input: MembershipInput!) { addNetworkMember(input: $input) { id } }`, {
        input: { networkId: network.id, memberId: institution.id, role: 'MEMBER' },
      });
    }
    const stored = (id: string) =>
      api.cypher<{ labels: string[]; props: Record<string, unknown>; rels: string[] }>(
        `MATCH (n {id: $id})
         RETURN labels(n) AS labels, properties(n) AS props,
           [(n)-[r]-(m) | type(r) + ':' + m.id + ':' + toString(startNode(r) = n)] AS rels`,
        { id },
      );
    const types = async (id: string) =>
      (
        await api.cypher<{ types: string[] }>(
          `MATCH (n {id: $id}) RETURN [k IN keys(n) WHERE NOT k IN ['version', 'updatedAt'] | k + ':' + valueType(n[k])] AS types`,
          { id },
        )
      ).map((row) => [...row.types].sort());
    const [institutionBefore] = await stored(institution.id);
    const [serviceBefore] = await stored(service.createService.id);
    const serviceTypes = await types(service.createService.id);
    const institutionTypes = await types(institution.id);

    await run(`mutation($id: ID!, $v: Int!) { deleteInstitution(id: $id, version: $v) }`, {
      id: institution.id,
      v: institution.version,
    });
    expect(await stored(service.createService.id)).toEqual([]);
    const deleted = await run<{ deletedEntries: { nodes: ChangeView[] } }>(DELETED);
    const listed = deleted.deletedEntries.nodes.filter((change) =>
      [institution.id, service.createService.id].includes(change.entryId),
    );
    // The service went with its institution: it comes back with it and is not listed on its own.
    expect(listed).toEqual([
      {
        entryId: institution.id,
        entity: 'Institution',
        name: 'Familienzentrum Wolfen',
        actor: 'Kerstin Koordination',
        action: 'DELETED',
      },
    ]);

    const restored = await run<{
      restoreEntry: { restored: string[]; relationships: number; missingEnds: string[] };
    }>(RESTORE, { id: institution.id });
    expect([...restored.restoreEntry.restored].sort()).toEqual(
      [institution.id, service.createService.id].sort(),
    );
    expect(restored.restoreEntry.missingEnds).toEqual([]);

    const bookkeeping = (props: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(props).filter(
          ([key]) => !['version', 'updatedAt', 'updatedBy'].includes(key),
        ),
      );
    const [institutionAfter] = await stored(institution.id);
    const [serviceAfter] = await stored(service.createService.id);
    expect(bookkeeping(institutionAfter!.props)).toEqual(bookkeeping(institutionBefore!.props));
    expect(institutionAfter!.labels).toEqual(institutionBefore!.labels);
    expect([...institutionAfter!.rels].sort()).toEqual([...institutionBefore!.rels].sort());
    expect(bookkeeping(serviceAfter!.props)).toEqual(bookkeeping(serviceBefore!.props));
    expect([...serviceAfter!.rels].sort()).toEqual([...serviceBefore!.rels].sort());
    // Every value keeps its type (an integer stays an integer), and the restore is a new version.
    expect(await types(service.createService.id)).toEqual(serviceTypes);
    expect(await types(institution.id)).toEqual(institutionTypes);
    expect(institutionAfter!.props['version']).toBe(
      Number(institutionBefore!.props['version']) + 1,
    );

    const [latest] = await history(institution.id);
    expect(latest).toMatchObject({ action: 'RESTORED', actor: 'Kerstin Koordination' });
    const after = await run<{ deletedEntries: { nodes: ChangeView[] } }>(DELETED);
    expect(after.deletedEntries.nodes.map((change) => change.entryId)).not.toContain(
      institution.id,
    );

    const again = await api.query(RESTORE, { id: institution.id }, AS_COORDINATOR);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('a deleted referral path comes back between its institutions', async () => {
    const from = await createInstitution({ name: 'Polizeirevier Köthen', kind: 'POLICE_STATION' });
    const to = await createInstitution({
      name: 'Interventionsstelle',
      kind: 'DOMESTIC_VIOLENCE_INTERVENTION_CENTRE',
    });
    const path = await run<{ createReferralPath: { id: string; version: number } }>(
      `mutation($input: CreateReferralPathInput!) { createReferralPath(input: $input) { id version } }`,
      {
        input: {
          fromId: from.id,
          toId: to.id,
          consent: 'NOT_APPLICABLE',
          dataMode: 'NONE',
          urgency: 'SAME_DAY',
          conditions: 'Nach Wohnungsverweisung',
        },
      },
    );
    const { id, version } = path.createReferralPath;
    await run(`mutation($id: ID!, $v: Int!) { deleteReferralPath(id: $id, version: $v) }`, {
      id,
      v: version,
    });
    await run(RESTORE, { id });
    const read = await run<{
      referralPath: { conditions: string; from: { id: string }; to: { id: string } } | null;
    }>(`query($id: ID!) { referralPath(id: $id) { conditions from { id } to { id } } }`, { id });
    expect(read.referralPath).toEqual({
      conditions: 'Nach Wohnungsverweisung',
      from: { id: from.id },
      to: { id: to.id },
    });
    expect((await history(id)).map((change) => change.action)).toEqual([
      'RESTORED',
      'DELETED',
      'CREATED',
    ]);
  });

  it('a referral path whose end is gone cannot come back, and the end is named; a deleted institution’s history names the institution at the other end of its paths', async () => {
    const from = await createInstitution({
      name: 'Jugendamt Köthen',
      kind: 'YOUTH_WELFARE_OFFICE',
    });
    const createPath = async (toId: string) =>
      (
        await run<{ createReferralPath: { id: string; version: number } }>(
          `mutation($input: CreateReferralPathInput!) { createReferralPath(input: $input) { id version } }`,
          {
            input: {
              fromId: from.id,
              toId,
              consent: 'INFORM_BEFORE',
              dataMode: 'NONE',
              urgency: 'DAYS',
            },
          },
        )
      ).createReferralPath;
    const deleteInstitution = (entity: { id: string; version: number }) =>
      run(`mutation($id: ID!, $v: Int!) { deleteInstitution(id: $id, version: $v) }`, {
        id: entity.id,
        v: entity.version,
      });

    // The path goes with its institution; the institution's trail names the other end.
    const to = await createInstitution({ name: 'Beratung Köthen' });
    const path = await createPath(to.id);
    await deleteInstitution(to);
    const [deleted] = await history(to.id);
    expect(JSON.parse(field(deleted, '←REFERS_TO')?.before ?? '[]')).toEqual([
      expect.objectContaining({ id: from.id, relationshipId: path.id }),
    ]);

    // A path deleted on its own, whose end was deleted after it.
    const other = await createInstitution({ name: 'Beratung Aken' });
    const lonely = await createPath(other.id);
    await run(`mutation($id: ID!, $v: Int!) { deleteReferralPath(id: $id, version: $v) }`, {
      id: lonely.id,
      v: lonely.version,
    });
    await deleteInstitution(other);
    const refused = await api.query(RESTORE, { id: lonely.id }, AS_COORDINATOR);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      missing: [other.id],
    });
  });

  it('names a person in the trail by their name', async () => {
    const person = await run<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      {
        input: {
          givenName: 'Jana',
          familyName: 'Beispiel',
          functionTitle: 'Familienhebamme',
          listingBasis: 'CONSENT',
        },
      },
    );
    const [created] = await history(person.createPerson.id);
    expect(created?.name).toBe('Jana Beispiel');
  });

  it('records a change of a person’s expertise as a change of that person', async () => {
    const person = await run<{ createPerson: { id: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
      { input: { functionTitle: 'Kinderschutzfachkraft', listingBasis: 'ROLE_CONTACT' } },
    );
    await run(`mutation($input: SetExpertiseInput!) { setExpertise(input: $input) { id } }`, {
      input: { personId: person.createPerson.id, topic: 'child_risk_assessment', level: 'EXPERT' },
    });
    const [change] = await history(person.createPerson.id);
    expect(change?.action).toBe('UPDATED');
    expect(JSON.parse(field(change, '→HAS_EXPERTISE')?.after ?? 'null')).toEqual([
      expect.objectContaining({ id: 'child_risk_assessment', level: 'expert' }),
    ]);
  });

  it('never records the address of an institution that is or becomes a women’s shelter', async () => {
    const house = await createInstitution({
      name: 'Haus am Markt',
      street: 'Marktstraße 17',
      postalCode: '06366',
    });
    await run(
      `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`,
      {
        input: {
          id: house.id,
          version: house.version,
          kind: 'WOMENS_SHELTER',
          street: null,
          postalCode: null,
        },
      },
    );
    const recorded = await api.cypher<{ id: string }>(
      `MATCH (e:AuditEntry)
       WHERE e.changes CONTAINS 'Marktstraße' OR e.changes CONTAINS '06366'
          OR e.snapshot CONTAINS 'Marktstraße' OR e.snapshot CONTAINS '06366'
       RETURN e.id AS id`,
    );
    expect(recorded).toEqual([]);
    const changes = await history(house.id);
    expect(changes.map((change) => change.action)).toEqual(['UPDATED', 'CREATED']);
    expect(field(changes[0], 'kind')).toEqual({
      field: 'kind',
      before: '"family_counselling_centre"',
      after: '"womens_shelter"',
    });
  });

  it('is for coordinators and admins only: members and the public are refused', async () => {
    const created = await createInstitution({ name: 'Beratung Aken' });
    for (const headers of [AS_MEMBER, {}]) {
      const read = await api.query(HISTORY, { id: created.id }, headers);
      expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(read.data ?? null).toBeNull();
      const list = await api.query(DELETED, {}, headers);
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const restore = await api.query(RESTORE, { id: created.id }, headers);
      expect(restore.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
