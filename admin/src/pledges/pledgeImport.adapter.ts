import { graphql } from '../gql/index.js';
import type { ImportPledgesInput, PledgeImportResultFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';

graphql(`
  fragment PledgeImportResult on PledgeImport {
    dryRun
    committed
    rowCount
    errorCount
    rows {
      line
      title
      errors {
        code
        field
        message
      }
      pledge {
        id
        reference
        title
        status
      }
    }
  }
`);

const ImportPledges = graphql(`
  mutation ConsoleImportPledges($input: ImportPledgesInput!) {
    importPledges(input: $input) {
      ...PledgeImportResult
    }
  }
`);

export type PledgeImportResult = PledgeImportResultFragment;
export type ImportStatus = Extract<ImportPledgesInput['status'], 'DRAFT' | 'SUBMITTED' | 'PUBLISHED'>;

/** Checks (dry run) or imports a CSV file of pledges; the answer has every row with its errors. */
export async function importPledges(input: { csv: string; status: ImportStatus; dryRun: boolean }): Promise<PledgeImportResult> {
  return (await execute(ImportPledges, { input })).importPledges;
}
