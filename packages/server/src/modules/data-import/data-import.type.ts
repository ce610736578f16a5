import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StoredEntity } from '../../graphql/common.type';

@ObjectType({ description: 'One column of a file and the field it fills.' })
export class ImportColumnMapping {
  @Field({ description: 'The column header as the file has it.' })
  header!: string;

  @Field(() => String, { nullable: true, description: 'The field it fills; null: left out.' })
  field!: string | null;
}

@ObjectType({ description: 'A field a column can fill, for one kind of entry.' })
export class ImportField {
  @Field({ description: 'Kind of entry: institution, service, person or membership.' })
  kind!: string;

  @Field({ description: 'Name of the field (e.g. municipality).' })
  name!: string;

  @Field({ description: 'True when a row without a value here is refused.' })
  required!: boolean;

  @Field({ description: 'True when a cell may list several values (separated by , ; | or lines).' })
  list!: boolean;

  @Field(() => [String], {
    description: 'German headers that name the field; the first is the template’s.',
  })
  headers!: string[];
}

@ObjectType({
  description: 'A saved column mapping, reused for the next file with the same headers.',
})
export class ImportMapping extends StoredEntity {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Name of the mapping, e.g. "Liste Jugendamt 2025".' })
  name!: string;

  @Field({ description: 'Kind of entry the mapped sheet holds.' })
  kind!: string;

  @Field(() => [ImportColumnMapping], { description: 'Each header and the field it fills.' })
  mapping!: ImportColumnMapping[];

  @Field({ description: 'Who saved the mapping first.' })
  createdBy!: string;
}

@ObjectType({ description: 'A sheet of an uploaded file: its headers and the mapping proposed.' })
export class ImportSheetPreview {
  @Field({ description: 'Name of the sheet (the file name for CSV).' })
  sheet!: string;

  @Field(() => [String], { description: 'The column headers.' })
  headers!: string[];

  @Field(() => Int, { description: 'Number of data rows (empty rows left out).' })
  rowCount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Kind of entry the sheet’s name (or its saved mapping) suggests.',
  })
  kind!: string | null;

  @Field(() => [ImportColumnMapping], {
    description: 'Proposed mapping: the saved one for these headers, else by known German headers.',
  })
  mapping!: ImportColumnMapping[];

  @Field(() => ImportMapping, {
    nullable: true,
    description: 'The saved mapping of these headers, if any.',
  })
  savedMapping!: ImportMapping | null;
}

@ObjectType({ description: 'Why a row is refused, or a warning about it.' })
export class ImportRowNote {
  @Field({ description: 'The field concerned.' })
  field!: string;

  @Field({
    description:
      'Stable code: required, invalid, unknown_value, unknown_municipality, unknown_reference, ambiguous_reference, ambiguous_match, duplicate_in_file, one_member; warnings: protected_address_dropped, listing_basis_assumed.',
  })
  code!: string;

  @Field({ description: 'The reason in English.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'The value at fault.' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'A suggestion (“did you mean …”).' })
  suggestion!: string | null;
}

@ObjectType({ description: 'A field a row changes.' })
export class ImportFieldChange {
  @Field({ description: 'The field.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Stored value (null: empty).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Imported value.' })
  after!: string | null;
}

@ObjectType({ description: 'What the import does with one row.' })
export class ImportRow {
  @Field({ description: 'Kind of entry.' })
  kind!: string;

  @Field({ description: 'Sheet (or file) of the row.' })
  sheet!: string;

  @Field(() => Int, { description: 'Line in the sheet (1 is the header row).' })
  line!: number;

  @Field({ description: 'create, update, unchanged or refused.' })
  action!: string;

  @Field({ description: 'What the row is about (a name).' })
  label!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The matched entry (for a membership its network); null for a new one.',
  })
  entityId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The matched entry’s version.' })
  version!: number | null;

  @Field(() => [ImportFieldChange], { description: 'Fields created or changed (old → new).' })
  changes!: ImportFieldChange[];

  @Field(() => [ImportRowNote], { description: 'Why the row is refused.' })
  problems!: ImportRowNote[];

  @Field(() => [ImportRowNote], { description: 'Warnings (the row is imported).' })
  warnings!: ImportRowNote[];
}

@ObjectType({ description: 'How many rows of each action.' })
export class ImportCounts {
  @Field(() => Int, { description: 'Rows that create an entry.' })
  create!: number;

  @Field(() => Int, { description: 'Rows that change an entry.' })
  update!: number;

  @Field(() => Int, { description: 'Rows that change nothing.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows refused.' })
  refused!: number;
}

@ObjectType({ description: 'The dry run: what a commit of the file would do, row by row.' })
export class ImportDryRun {
  @Field(() => [ImportRow], { description: 'Every row with its action, changes and reasons.' })
  rows!: ImportRow[];

  @Field(() => ImportCounts, { description: 'Rows by action.' })
  counts!: ImportCounts;

  @Field({
    description:
      'Send it with commitImport: the commit refuses (CONFLICT) if anything changed since this dry run.',
  })
  token!: string;
}

@ObjectType({ description: 'An entry the commit created.' })
export class ImportCreated {
  @Field({ description: 'Sheet of the row.' })
  sheet!: string;

  @Field(() => Int, { description: 'Line of the row.' })
  line!: number;

  @Field(() => ID, { description: 'Id of the new entry.' })
  id!: string;
}

@ObjectType({ description: 'What a commit wrote (all rows in one transaction).' })
export class ImportCommitResult {
  @Field(() => ImportCounts, { description: 'Rows by action.' })
  counts!: ImportCounts;

  @Field(() => [ImportCreated], { description: 'The entries created, by row.' })
  created!: ImportCreated[];
}
