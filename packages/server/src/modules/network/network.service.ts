import { randomUUID } from 'node:crypto';
import type { MembershipRole, NetworkKindCode } from '@schutznetz/domain';
import { maySeePeople, type Viewer } from '../../auth';
import { NotFoundError } from '../../errors';
import { nameSortKey } from '../../records';
import { checkRegions, definedOnly, Problems } from '../../validation';
import type {
  MembershipRecord,
  NetworkFilter,
  NetworkProperties,
  NetworkRecord,
  NetworkRepository,
} from './network.repository';
import { EntityReads } from '../../entity-reads';
import { groupedLoader } from '../../loaders';

export interface NetworkChanges {
  readonly name?: string | null;
  readonly kind?: string | null;
  readonly description?: string | null;
  readonly area?: readonly string[] | null;
}

function check(changes: NetworkChanges): void {
  const problems = new Problems();
  if (changes.name === null) problems.add('name', 'must not be empty');
  if (changes.kind === null) problems.add('kind', 'must not be empty');
  checkRegions(problems, 'area', changes.area);
  problems.throwIfAny();
}

function toProperties(changes: NetworkChanges): Partial<NetworkProperties> {
  return definedOnly({
    name: changes.name ?? undefined,
    kind: (changes.kind ?? undefined) as NetworkKindCode | undefined,
    description: changes.description,
    sortKey: changes.name ? nameSortKey(changes.name) : undefined,
  });
}

export class NetworkService extends EntityReads<NetworkFilter, NetworkRecord> {
  private readonly members = groupedLoader((ids) => this.repository.membersOf(ids));
  private readonly networks = groupedLoader((ids) => this.repository.networksOf(ids));

  constructor(protected override readonly repository: NetworkRepository) {
    super(repository, 'Network');
  }

  /**
   * Members of a network (batched per request). People who are members are left out for viewers
   * who may not see people: the public view learns neither their ids nor their roles.
   */
  async membersOf(networkId: string, viewer: Viewer): Promise<MembershipRecord[]> {
    const members = await this.members.load(networkId);
    return maySeePeople(viewer) ? members : members.filter((m) => m.memberKind !== 'person');
  }

  /** Networks an institution or person belongs to (batched per request). */
  networksOf(memberId: string): Promise<MembershipRecord[]> {
    return this.networks.load(memberId);
  }

  create(changes: NetworkChanges, actor: string): Promise<NetworkRecord> {
    check(changes);
    const properties = { description: null, ...toProperties(changes) } as NetworkProperties;
    return this.repository.create(
      `net:${randomUUID()}`,
      changes.area ?? [],
      properties,
      new Date().toISOString(),
      actor,
    );
  }

  async update(
    id: string,
    version: number,
    changes: NetworkChanges,
    actor: string,
  ): Promise<NetworkRecord> {
    check(changes);
    const updated = await this.repository.update(
      id,
      version,
      changes.area ?? undefined,
      toProperties(changes),
      new Date().toISOString(),
      actor,
    );
    this.byId.clear(id);
    return updated;
  }

  async addMember(
    networkId: string,
    memberId: string,
    role: MembershipRole,
    since: string | null,
    actor: string,
  ): Promise<NetworkRecord> {
    const network = await this.repository.addMember(
      networkId,
      memberId,
      role,
      since,
      new Date().toISOString(),
      actor,
    );
    if (!network) throw new NotFoundError('Institution or person', memberId, 'memberId');
    this.clearMembership(networkId, memberId);
    return network;
  }

  async removeMember(networkId: string, memberId: string, actor: string): Promise<NetworkRecord> {
    const network = await this.repository.removeMember(
      networkId,
      memberId,
      new Date().toISOString(),
      actor,
    );
    if (!network) throw new NotFoundError('Membership', `${memberId} in ${networkId}`, 'memberId');
    this.clearMembership(networkId, memberId);
    return network;
  }

  private clearMembership(networkId: string, memberId: string): void {
    this.byId.clear(networkId);
    this.members.clear(networkId);
    this.networks.clear(memberId);
  }
}
