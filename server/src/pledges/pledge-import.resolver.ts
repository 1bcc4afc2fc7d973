import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction, TransactionMode } from '../common/transaction.js';
import { ImportPledgesInput, PledgeImport } from './pledge-import.types.js';
import { PledgeImportService } from './pledge-import.service.js';

@Resolver()
export class PledgeImportResolver {
  @Transaction(TransactionMode.OWN_STEPS)
  @Allow(Rules.STAFF)
  @Mutation(() => PledgeImport, {
    description:
      'Imports pledges from CSV, in the columns of the open data export. A dry run (the default) checks every row and changes nothing; a commit creates every pledge in one transaction, or none when a row is at fault. Staff only.',
  })
  importPledges(@Arg('input') input: ImportPledgesInput, @Ctx() ctx: Context) {
    return new PledgeImportService(ctx).import(input);
  }
}
