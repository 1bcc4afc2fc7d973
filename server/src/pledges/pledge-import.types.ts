import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ItemError } from '../common/bulk.js';
import { Pledge, PledgeStatus } from './pledge.entity.js';

@InputType({ description: 'Pledges as CSV, in the columns of the open data export (see the README); at most 5,000 rows.' })
export class ImportPledgesInput {
  @Field({ description: 'The CSV text: a header row naming the columns, then one pledge per row.' })
  csv!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Check every row and change nothing (the default); false creates the pledges, all or none.' })
  dryRun!: boolean;

  @Field(() => PledgeStatus, {
    defaultValue: PledgeStatus.SUBMITTED,
    description: 'The status the pledges are created in: SUBMITTED (into the curation queue, the default), DRAFT or PUBLISHED.',
  })
  status!: PledgeStatus;
}

@ObjectType({ description: 'One row of an import.' })
export class PledgeImportRow {
  @Field(() => Int, { description: 'Line of the file the row starts on (the header is line 1).' })
  line!: number;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => [ItemError], { description: 'What is wrong with the row, each naming its column as `field`; empty when the row is good.' })
  errors!: ItemError[];

  @Field(() => Pledge, { nullable: true, description: 'The pledge created from the row, once committed.' })
  pledge!: Pledge | null;
}

@ObjectType({ description: 'What an import found, row by row, and whether it was committed.' })
export class PledgeImport {
  @Field()
  dryRun!: boolean;

  @Field({ description: 'True when the pledges were created; false on a dry run or when a row was at fault.' })
  committed!: boolean;

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int, { description: 'Rows with at least one error.' })
  errorCount!: number;

  @Field(() => [PledgeImportRow], { description: 'Every row, in the order of the file.' })
  rows!: PledgeImportRow[];
}
