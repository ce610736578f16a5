import { useTestApi } from '../../test/fixtures';

interface Net {
  id: string;
  name: string;
  version: number;
  kind: string;
  area: { id: string }[];
  members: { memberId: string; role: string; institution: { name: string } | null }[];
}

describe('networks and memberships over GraphQL (real Neo4j)', () => {
  const api = useTestApi();
  let schoolId: string;

  beforeAll(async () => {
    const school = await api.query<{ createInstitution: { id: string } }>(
      `mutation { createInstitution(input: { name: "Grundschule Am Park", kind: SCHOOL, municipality: "aken" }) { id } }`,
    );
    schoolId = school.data!.createInstitution.id;
  });

  const FIELDS = 'id name version kind area { id } members { memberId role institution { name } }';

  async function createNetwork(name: string): Promise<Net> {
    const result = await api.query<{ createNetwork: Net }>(
      `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { ${FIELDS} } }`,
      { input: { name, kind: 'LOCAL_CHILD_PROTECTION_NETWORK', area: ['aken', 'koethen'] } },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createNetwork;
  }

  it('creates a network with its area, adds and removes members', async () => {
    const network = await createNetwork('Netzwerk Kinderschutz Test');
    expect(network.area.map((r) => r.id).sort()).toEqual(['aken', 'koethen']);

    const added = await api.query<{ addNetworkMember: Net }>(
      `mutation($input: MembershipInput!) { addNetworkMember(input: $input) { ${FIELDS} } }`,
      {
        input: {
          networkId: network.id,
          memberId: schoolId,
          role: 'COORDINATOR',
          since: '2024-01-01',
        },
      },
    );
    expect(added.data?.addNetworkMember.members).toEqual([
      { memberId: schoolId, role: 'COORDINATOR', institution: { name: 'Grundschule Am Park' } },
    ]);
    expect(added.data?.addNetworkMember.version).toBe(2);

    const viaInstitution = await api.query<{
      institution: { networks: { network: { name: string } }[] };
    }>(`query($id: ID!) { institution(id: $id) { networks { network { name } } } }`, {
      id: schoolId,
    });
    expect(viaInstitution.data?.institution.networks).toEqual([
      { network: { name: 'Netzwerk Kinderschutz Test' } },
    ]);

    const removed = await api.query<{ removeNetworkMember: Net }>(
      `mutation($n: ID!, $m: ID!) { removeNetworkMember(networkId: $n, memberId: $m) { ${FIELDS} } }`,
      { n: network.id, m: schoolId },
    );
    expect(removed.data?.removeNetworkMember.members).toEqual([]);
  });

  it('lists a person member with the person', async () => {
    const network = await createNetwork('Netzwerk mit Personen');
    const person = await api.query<{ createPerson: { id: string } }>(
      `mutation { createPerson(input: { givenName: "Erika", familyName: "Beispiel", functionTitle: "Koordinatorin", listingBasis: CONSENT }) { id } }`,
    );
    const personId = person.data!.createPerson.id;
    const added = await api.query<{
      addNetworkMember: {
        members: { memberKind: string; person: { displayName: string } | null }[];
      };
    }>(
      `mutation($input: MembershipInput!) { addNetworkMember(input: $input) { members { memberKind person { displayName } } } }`,
      { input: { networkId: network.id, memberId: personId } },
    );
    expect(added.data?.addNetworkMember.members).toEqual([
      { memberKind: 'person', person: { displayName: 'Erika Beispiel' } },
    ]);
    const viaPerson = await api.query<{ person: { networks: { network: { name: string } }[] } }>(
      `query($id: ID!) { person(id: $id) { networks { network { name } } } }`,
      { id: personId },
    );
    expect(viaPerson.data?.person.networks).toEqual([
      { network: { name: 'Netzwerk mit Personen' } },
    ]);
  });

  it('names the field of an unknown member or region and writes nothing', async () => {
    const network = await createNetwork('Netzwerk Fehlerfall');
    const unknownMember = await api.query(
      `mutation($input: MembershipInput!) { addNetworkMember(input: $input) { id } }`,
      { input: { networkId: network.id, memberId: 'org:none' } },
    );
    expect(unknownMember.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'memberId',
    });

    const before = await api.cypher<{ n: number }>('MATCH (n:Network) RETURN count(n) AS n');
    const badArea = await api.query(
      `mutation { createNetwork(input: { name: "Irgendwo", kind: EARLY_SUPPORT_NETWORK, area: ["atlantis"] }) { id } }`,
    );
    expect(badArea.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'area',
    });
    expect(await api.cypher('MATCH (n:Network) RETURN count(n) AS n')).toEqual(before);
  });

  it('updates with the current version and refuses a stale one', async () => {
    const network = await createNetwork('Netzwerk Version');
    const ok = await api.query<{ updateNetwork: Net }>(
      `mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { ${FIELDS} } }`,
      { input: { id: network.id, version: 1, name: 'Netzwerk Version 2', area: ['zerbst'] } },
    );
    expect(ok.data?.updateNetwork).toMatchObject({
      name: 'Netzwerk Version 2',
      version: 2,
      area: [{ id: 'zerbst' }],
    });
    const stale = await api.query(
      `mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { id } }`,
      { input: { id: network.id, version: 1, name: 'Zu spät' } },
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('lists and filters networks by kind, member and text', async () => {
    const result = await api.query<{ networks: { totalCount: number; nodes: { name: string }[] } }>(
      `{ networks(filter: { kinds: [LOCAL_CHILD_PROTECTION_NETWORK], text: "fehlerfall" }) { totalCount nodes { name } } }`,
    );
    expect(result.data?.networks).toEqual({
      totalCount: 1,
      nodes: [{ name: 'Netzwerk Fehlerfall' }],
    });
  });

  it('deletes a network with its memberships', async () => {
    const network = await createNetwork('Netzwerk Löschen');
    await api.query(
      `mutation($input: MembershipInput!) { addNetworkMember(input: $input) { id } }`,
      { input: { networkId: network.id, memberId: schoolId } },
    );
    const deleted = await api.query<{ deleteNetwork: string }>(
      `mutation($id: ID!) { deleteNetwork(id: $id, version: 2) }`,
      { id: network.id },
    );
    expect(deleted.data?.deleteNetwork).toBe(network.id);
    expect(await api.cypher('MATCH (n:Network {id: $id}) RETURN n', { id: network.id })).toEqual(
      [],
    );
  });
});
