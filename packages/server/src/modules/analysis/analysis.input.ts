import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'The municipalities an analysis works on. Absent or empty: the whole county. External ' +
    'services (Dessau-Roßlau, the Land, federal hotlines) join when they serve one of them.',
})
export class AnalysisScopeInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Municipality codes such as "zerbst", or "anhalt_bitterfeld" for all ten.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  municipalities?: string[] | null;
}
