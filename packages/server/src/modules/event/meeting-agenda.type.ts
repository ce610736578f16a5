import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What an agenda item is, as stored (lower case) and named in the schema (upper case). */
export const AGENDA_ITEM_KINDS = ['offer', 'need', 'topic'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AgendaItemKindEnum = { OFFER: 'offer', NEED: 'need', TOPIC: 'topic' } as const;
registerEnumType(AgendaItemKindEnum, {
  name: 'AgendaItemKind',
  description: 'What an agenda item is: members present their offers and name their needs.',
  valuesConfig: {
    OFFER: { description: 'Angebot vorstellen / presents an offer' },
    NEED: { description: 'Bedarf benennen / names a need' },
    TOPIC: { description: 'Thema / another topic' },
  },
});

@ObjectType({ description: "One item of a meeting's agenda." })
export class AgendaItem {
  @Field(() => Int, { description: 'Its place in the agenda, from 1.' })
  position!: number;

  @Field({ description: 'What the item is about.' })
  title!: string;

  @Field(() => AgendaItemKindEnum, { description: 'Offer, need or another topic.' })
  kind!: AgendaItemKind;

  /** The institution or person who presents it; resolved by the field resolvers. */
  presenterId!: string | null;
}
