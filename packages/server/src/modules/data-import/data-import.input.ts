import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NameField } from '../../graphql/input-fields';

@InputType({ description: 'One column of the file and the field it fills.' })
export class ImportColumnMappingInput {
  @Field({ description: 'The column header as the file has it.' })
  @Length(0, 200)
  header!: string;

  @Field(() => String, { nullable: true, description: 'The field it fills; null leaves it out.' })
  @IsOptional()
  @Length(1, 40)
  field?: string | null;
}

@InputType({ description: 'A sheet to import: the kind of entry it holds and its mapping.' })
export class ImportSheetInput {
  @Field({ description: 'Name of the sheet (the file name for CSV).' })
  @Length(1, 200)
  sheet!: string;

  @Field({ description: 'Kind of entry: institution, service, person or membership.' })
  @Length(1, 40)
  kind!: string;

  @Field(() => [ImportColumnMappingInput], { description: 'Each header and the field it fills.' })
  @ValidateNested()
  @ArrayMaxSize(200)
  mapping!: ImportColumnMappingInput[];
}

@InputType({ description: 'A spreadsheet to import (XLSX or CSV).' })
export class ImportFileInput {
  @Field({ description: 'The file’s name, e.g. "Einrichtungen.xlsx".' })
  @Length(1, 255)
  fileName!: string;

  @Field({
    description:
      'The file’s bytes in base64 (at most 8 MB decoded). CSV: ; or , separated, UTF-8 or Windows-1252.',
  })
  @MaxLength(12_000_000)
  contentBase64!: string;

  @Field(() => [ImportSheetInput], {
    nullable: true,
    description:
      'Sheets to import; omitted: every sheet whose name tells its kind, mapped by its headers.',
  })
  @IsOptional()
  @ValidateNested()
  @ArrayMaxSize(20)
  sheets?: ImportSheetInput[] | null;
}

@InputType({ description: 'The file of a dry run, to write now.' })
export class CommitImportInput extends ImportFileInput {
  @Field({ description: 'The token of the dry run the coordinator saw.' })
  @Length(1, 2000)
  token!: string;
}

@InputType({ description: 'A column mapping to save under a name (new, or a new version).' })
export class SaveImportMappingInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The saved mapping to change; omitted: a new one.',
  })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version read (needed with id).' })
  version?: number | null;

  @NameField('Name (2–120 characters).', [2, 120])
  name!: string;

  @Field({ description: 'Kind of entry: institution, service, person or membership.' })
  @Length(1, 40)
  kind!: string;

  @Field(() => [ImportColumnMappingInput], { description: 'Each header and the field it fills.' })
  @ValidateNested()
  @ArrayMaxSize(200)
  mapping!: ImportColumnMappingInput[];
}
