import { gunzipSync } from 'node:zlib';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { Role } from '../../config';
import type { Context } from '../../context';
import { InvalidInputError } from '../../errors';
import { toRow } from '../data-import/data-import.resolver';
import { ImportCommitResult, ImportDryRun } from '../data-import/data-import.type';

@InputType({ description: 'An Open Referral HSDS 3.1 document to import.' })
export class HsdsImportInput {
  @Field(() => String, {
    nullable: true,
    description:
      'The document as JSON text, as GET /export/hsds.json gives it: organizations, services and optionally the x_schutznetz extension (docs/hsds-extension.md). Give this or documentGzipBase64.',
  })
  @IsOptional()
  @MaxLength(12_000_000)
  document?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The same document gzip-compressed and base64-encoded (at most 64 MB unpacked): a request holds at most 12 MiB, so larger directories come compressed.',
  })
  @IsOptional()
  @MaxLength(12_000_000)
  documentGzipBase64?: string | null;
}

/** Documents larger than this (unpacked) are refused. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** The document's JSON text, from either field. */
function documentText(input: HsdsImportInput): string {
  if (input.document && !input.documentGzipBase64) return input.document;
  if (input.documentGzipBase64 && !input.document) {
    try {
      const packed = Buffer.from(input.documentGzipBase64, 'base64');
      return gunzipSync(packed, { maxOutputLength: MAX_DOCUMENT_BYTES }).toString('utf8');
    } catch {
      throw InvalidInputError.forField(
        'documentGzipBase64',
        'is not gzip-compressed base64 of at most 64 MB',
      );
    }
  }
  throw InvalidInputError.forField(
    'document',
    'give the document or documentGzipBase64, one of them',
  );
}

@InputType({ description: 'The HSDS document of a dry run, to write now.' })
export class CommitHsdsImportInput extends HsdsImportInput {
  @Field({ description: 'The token of the dry run the coordinator saw.' })
  @Length(1, 2000)
  token!: string;
}

/** Importing Open Referral HSDS (decision 032): coordinators only, dry run then commit. */
@Resolver()
export class HsdsResolver {
  @Authorized<Role>('coordinator')
  @Query(() => ImportDryRun, {
    description:
      'Dry run of an HSDS import: per record (sheet = the JSON collection, line = its index) what a commit would create, change or leave unchanged, or refuse and why; writes nothing. BAD_USER_INPUT naming the JSON path when the document is not HSDS as the import reads it.',
  })
  async hsdsImportDryRun(
    @Arg('input', () => HsdsImportInput) input: HsdsImportInput,
    @Ctx() ctx: Context,
  ): Promise<ImportDryRun> {
    const region = await ctx.services.region.catalog();
    const plan = await ctx.services.hsds.importDryRun(documentText(input), region);
    return { ...plan, rows: plan.rows.map(toRow) };
  }

  @Authorized<Role>('coordinator')
  @Mutation(() => ImportCommitResult, {
    description:
      'Imports the HSDS document of a dry run in one transaction, all or nothing, recorded in the history; matched by HSDS id (stored as external id) or by name and place, so importing the same document again changes nothing. CONFLICT when anything changed since the dry run.',
  })
  async commitHsdsImport(
    @Arg('input', () => CommitHsdsImportInput) input: CommitHsdsImportInput,
    @Ctx() ctx: Context,
  ): Promise<ImportCommitResult> {
    const region = await ctx.services.region.catalog();
    const result = await ctx.services.hsds.importCommit(
      documentText(input),
      input.token,
      region,
      ctx.actor,
    );
    return { counts: result.counts, created: [...result.created] };
  }
}

export const HSDS_RESOLVERS = [HsdsResolver] as const;
