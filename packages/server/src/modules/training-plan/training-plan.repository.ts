import { randomUUID } from 'node:crypto';
import { Label, Rel } from '@schutznetz/domain';
import { NotFoundError } from '../../errors';
import type { Neo4jExecutor } from '../../neo4j/executor';
import { audited } from '../../neo4j/audit';
import { creationMeta, lockNodes, lockVersion } from '../../neo4j/writes';

const L = Label;
const R = Rel;

/** Ids among `$ids` that name no person. */
const MISSING_PEOPLE = `
UNWIND $ids AS id
OPTIONAL MATCH (p:${L.Person} {id: id})
WITH id, p WHERE p IS NULL
RETURN collect(id) AS missing`;

const CREATE_TRAINING = `
MATCH (topic:${L.Topic} {id: $topic})
CREATE (t:${L.Training} {id: $id})
SET t += $props
MERGE (t)-[:${R.COVERS_TOPIC}]->(topic)
RETURN t.id AS id`;

/** The caller has locked the training (lockVersion). */
const COMPLETE_TRAINING = `
MATCH (t:${L.Training} {id: $id}), (topic:${L.Topic} {id: $topic})
SET t.completed = true, t.updatedAt = $now, t.updatedBy = $actor, t.version = t.version + 1
MERGE (t)-[:${R.COVERS_TOPIC}]->(topic)
RETURN t.id AS id`;

/**
 * Participation and expertise: every participant takes part in the training; those without any
 * expertise in the topic gain it at `$level` from the training date. A person who gains
 * expertise is touched (updatedAt, version), as every relationship edit of the API does.
 */
const ADD_PARTICIPANTS = `
MATCH (t:${L.Training} {id: $id}), (topic:${L.Topic} {id: $topic})
UNWIND $personIds AS personId
MATCH (p:${L.Person} {id: personId})
MERGE (p)-[:${R.PARTICIPATED_IN}]->(t)
WITH p, topic
CALL (p, topic) {
  WITH p, topic WHERE NOT EXISTS { (p)-[:${R.HAS_EXPERTISE}]->(topic) }
  CREATE (p)-[:${R.HAS_EXPERTISE} {level: $level, qualification: null, since: $date, validUntil: null}]->(topic)
  SET p.updatedAt = $now, p.updatedBy = $actor, p.version = p.version + 1
  RETURN 1 AS created
}
RETURN p.id AS personId, count(created) AS created`;

/** What recording a completed training needs. */
export interface CompletedTrainingWrite {
  /** An existing training to mark completed, or null to create one. */
  readonly trainingId: string | null;
  readonly title: string | null;
  readonly provider: string | null;
  readonly topic: string;
  readonly personIds: readonly string[];
  readonly date: string;
  readonly level: string;
  readonly actor: string;
  readonly now: string;
}

/** The one write of the analyses: recording a completed training. */
export class TrainingPlanRepository {
  constructor(private readonly executor: Neo4jExecutor) {}

  /** One transaction: the training, its participants, and their new expertise. */
  recordCompletedTraining(
    write: CompletedTrainingWrite,
  ): Promise<{ trainingId: string; peopleUpdated: string[]; expertiseCreated: number }> {
    return this.executor.writeTransaction(async (tx) => {
      // Participants gain expertise and a new version: lock them first, as every versioned write.
      await lockNodes(tx, L.Person, write.personIds);
      const [check] = await tx.run<{ missing: string[] }>(MISSING_PEOPLE, { ids: write.personIds });
      const missing = check?.missing[0];
      if (missing !== undefined) throw new NotFoundError('Person', missing, 'input.personIds');

      if (write.trainingId !== null) {
        await lockVersion(tx, L.Training, 'Training', write.trainingId, null);
      }
      const trainingId = write.trainingId ?? `trn:${randomUUID()}`;
      const stamp = { now: write.now, actor: write.actor };
      const people = write.personIds.map((id) => ({ entity: 'Person', label: L.Person, id }));
      const training = { entity: 'Training', label: L.Training, id: trainingId };
      const rows = await audited(tx, stamp, 'update', people, () =>
        audited(tx, stamp, write.trainingId === null ? 'create' : 'update', training, async () => {
          if (write.trainingId === null) {
            await tx.run(CREATE_TRAINING, {
              id: trainingId,
              topic: write.topic,
              props: {
                title: write.title,
                date: write.date,
                provider: write.provider,
                completed: true,
                sortKey: write.date,
                ...creationMeta(write.now, write.actor),
              },
            });
          } else {
            await tx.run(COMPLETE_TRAINING, {
              id: trainingId,
              topic: write.topic,
              now: write.now,
              actor: write.actor,
            });
          }
          return tx.run<{ personId: string; created: number }>(ADD_PARTICIPANTS, {
            id: trainingId,
            topic: write.topic,
            personIds: write.personIds,
            level: write.level,
            date: write.date,
            now: write.now,
            actor: write.actor,
          });
        }),
      );
      const updated = rows.filter((row) => row.created > 0);
      return {
        trainingId,
        peopleUpdated: updated.map((row) => row.personId).sort(),
        expertiseCreated: updated.length,
      };
    });
  }
}
