import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { crudResolver } from '../../graphql/crud.resolver';
import { storedReadResolver } from '../../graphql/stored-read.resolver';
import { present } from '../../graphql/present';
import { Meeting } from '../event/event.type';
import { Institution } from '../institution/institution.type';
import { Person } from '../person/person.type';
import { CaseReview, Gap } from '../review/review.type';
import {
  ActionItemFilterInput,
  CreateActionItemInput,
  UpdateActionItemInput,
} from './action-item.input';
import { ActionItem, ActionItemConnection } from './action-item.type';

const ActionItemCrudResolver = crudResolver({
  name: 'ActionItem',
  type: ActionItem,
  createInput: CreateActionItemInput,
  updateInput: UpdateActionItemInput,
  descriptions: {
    create: 'Records an action item agreed at a meeting or in a case review.',
    update: 'Changes an action item (e.g. marks it done); CONFLICT when `version` is stale.',
    delete: 'Deletes an action item; returns its id.',
  },
  writes: ({ actionItem }) => ({
    create: (...args) => actionItem.create(...args),
    findById: (id) => actionItem.find(id),
    update: (...args) => actionItem.update(...args),
    delete: (...args) => actionItem.delete(...args),
  }),
});

/** `actionItems` and `actionItem(id)`, read from the stored records. */
const ActionItemReadResolver = storedReadResolver({
  list: { name: 'actionItems', description: 'Action items, by due date (undated last).' },
  one: { name: 'actionItem', description: 'One action item by id.' },
  type: ActionItem,
  connection: ActionItemConnection,
  filter: ActionItemFilterInput,
  reads: ({ actionItem }) => ({
    list: (...args) => actionItem.list(...args),
    findById: (id) => actionItem.find(id),
  }),
});

@Resolver(() => ActionItem)
export class ActionItemResolver extends ActionItemCrudResolver {
  @FieldResolver(() => [Institution], { description: 'Institutions responsible.' })
  responsibleInstitutions(@Root() item: ActionItem, @Ctx() ctx: Context): Promise<Institution[]> {
    return present(
      Promise.all(item.responsibleIds.map((id) => ctx.services.institution.findById(id))),
    );
  }

  @FieldResolver(() => [Person], { description: 'People responsible.' })
  responsiblePeople(@Root() item: ActionItem, @Ctx() ctx: Context): Promise<Person[]> {
    return present(Promise.all(item.responsibleIds.map((id) => ctx.services.person.findById(id))));
  }

  @FieldResolver(() => Meeting, { nullable: true, description: 'The meeting it was agreed at.' })
  meeting(@Root() item: ActionItem, @Ctx() ctx: Context): Promise<Meeting | null> | null {
    const [id] = item.meetingIds;
    return id ? ctx.services.event.findMeeting(id) : null;
  }

  @FieldResolver(() => CaseReview, {
    nullable: true,
    description: 'The case review it was agreed in.',
  })
  caseReview(@Root() item: ActionItem, @Ctx() ctx: Context): Promise<CaseReview | null> | null {
    const [id] = item.caseReviewIds;
    return id ? ctx.services.review.findCaseReview(id) : null;
  }

  @FieldResolver(() => [Gap], { description: 'Gaps it works on.' })
  gaps(@Root() item: ActionItem, @Ctx() ctx: Context): Promise<Gap[]> {
    return present(Promise.all(item.gapIds.map((id) => ctx.services.review.findGap(id))));
  }
}

export const ACTION_ITEM_RESOLVERS = [ActionItemResolver, ActionItemReadResolver];
