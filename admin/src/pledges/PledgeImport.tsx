import { useState, type ChangeEvent } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MuiButton from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Link, Title, useCreatePath, useDataProvider, usePermissions } from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { GraphQLRequestError } from '../graphql-client.js';
import type { ImportStatus, PledgeImportResult } from './pledgeImport.adapter.js';

/** The page's route (see App.tsx): beside the pledges' own, which take any other second segment for an ID. */
export const PLEDGE_IMPORT_PATH = '/pledges/import';

/** On the pledges list, for staff (the API refuses the import to the other roles). */
export function ImportPledgesButton() {
  const { permissions } = usePermissions<Permissions>();
  if (!isStaff(permissions)) return null;
  return (
    <Button component={Link} to={PLEDGE_IMPORT_PATH} label="Import">
      <UploadFileIcon />
    </Button>
  );
}

const STATUSES: { id: ImportStatus; name: string }[] = [
  { id: 'SUBMITTED', name: 'Submitted: into the curation queue' },
  { id: 'DRAFT', name: 'Draft: for the members to complete' },
  { id: 'PUBLISHED', name: 'Published: approved at once, with reference numbers' },
];

const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;

const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0));

/** What the last check or import was run on: its answer holds only for that text and status. */
interface Outcome {
  readonly csv: string;
  readonly status: ImportStatus;
  readonly result: PledgeImportResult;
}

/** Why the file as a whole was refused (not CSV, unknown columns, too many rows...): the API's message and its problems. */
interface Refusal {
  readonly message: string;
  readonly problems: readonly string[];
}

function refusalOf(error: unknown): Refusal {
  if (error instanceof GraphQLRequestError && error.code === 'PAYLOAD_TOO_LARGE') {
    return { message: 'The file is over 8 MB, the most one request may carry: split it into smaller files', problems: [] };
  }
  if (error instanceof GraphQLRequestError && error.problems.length > 1) {
    return { message: 'The file cannot be imported', problems: error.problems.map((p) => p.message) };
  }
  return { message: error instanceof Error ? error.message.replace(/^csv: /, '') : 'The file cannot be imported', problems: [] };
}

/** The rows of a check: those with errors, one line per error, or every row when all are good. */
function CheckTable({ result }: { result: PledgeImportResult }) {
  const faulty = result.rows.filter((r) => r.errors.length);
  const rows = faulty.length ? faulty : result.rows;
  return (
    <Table size="small" aria-label="Rows of the file">
      <TableHead>
        <TableRow>
          <TableCell>Line</TableCell>
          <TableCell>Title</TableCell>
          <TableCell>Column</TableCell>
          <TableCell>Problem</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.flatMap((row) =>
          (row.errors.length ? row.errors : [null]).map((error, i) => (
            <TableRow key={`${row.line}-${i}`}>
              <TableCell>{row.line}</TableCell>
              <TableCell>{row.title ?? '—'}</TableCell>
              <TableCell>{error?.field ?? '—'}</TableCell>
              <TableCell>{error ? error.message : 'Ready to import'}</TableCell>
            </TableRow>
          )),
        )}
      </TableBody>
    </Table>
  );
}

function ImportedTable({ result }: { result: PledgeImportResult }) {
  const createPath = useCreatePath();
  return (
    <Table size="small" aria-label="Imported pledges">
      <TableHead>
        <TableRow>
          <TableCell>Line</TableCell>
          <TableCell>Pledge</TableCell>
          <TableCell>Ref.</TableCell>
          <TableCell>Status</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {result.rows.map(({ line, pledge }) =>
          pledge ? (
            <TableRow key={line}>
              <TableCell>{line}</TableCell>
              <TableCell>
                <Link to={createPath({ resource: 'pledges', id: pledge.id, type: 'show' })}>{pledge.title}</Link>
              </TableCell>
              <TableCell>{pledge.reference ?? '—'}</TableCell>
              <TableCell>{pledge.status}</TableCell>
            </TableRow>
          ) : null,
        )}
      </TableBody>
    </Table>
  );
}

/**
 * Pledges from a CSV file in the columns of the open data export: "Check" runs the import as a dry run and shows
 * each row's problems; once a check finds none, "Import" creates them all (or, should something have changed
 * meanwhile, none, with the rows at fault).
 */
export function PledgeImport() {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [status, setStatus] = useState<ImportStatus>('SUBMITTED');
  const [checked, setChecked] = useState<Outcome>();
  const [imported, setImported] = useState<Outcome>();
  const [refusal, setRefusal] = useState<Refusal>();
  const [busy, setBusy] = useState(false);

  const current = checked && checked.csv === csv && checked.status === status ? checked.result : undefined;
  const ready = current && current.errorCount === 0 ? current.rowCount : 0;

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, once corrected, reads it again.
    event.target.value = '';
    if (!file) return;
    setCsv(await file.text());
    setFileName(file.name);
    setImported(undefined);
  };

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setRefusal(undefined);
    setImported(undefined);
    try {
      const { data: result } = await dataProvider.importPledges({ csv, status, dryRun });
      if (result.committed) {
        setImported({ csv, status, result });
        setChecked(undefined);
      } else {
        setChecked({ csv, status, result });
      }
    } catch (error) {
      setChecked(undefined);
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 1 }}>
      <Title title="Import pledges" />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="body2">
              A CSV file in the columns of the open data export (an export can be imported as it is): at least title, description, type and the lead
              member (lead_member_id or lead_member_name); many values in a cell are separated by ";". At most 5,000 rows.
            </Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <MuiButton variant="outlined" component="label" startIcon={<UploadFileIcon />}>
                Choose a CSV file
                <input hidden type="file" accept=".csv,text/csv,text/plain" aria-label="CSV file" onChange={(e) => void chooseFile(e)} />
              </MuiButton>
              <Typography variant="body2" color="text.secondary">
                {fileName ? `${fileName}: ${count(lineCount(csv), 'line')}` : 'or paste the text below'}
              </Typography>
            </Stack>
            <TextField
              label="CSV"
              multiline
              minRows={4}
              maxRows={12}
              value={csv}
              onChange={(e) => {
                setCsv(e.target.value);
                setFileName(undefined);
              }}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
            />
            <TextField select label="Create the pledges as" value={status} onChange={(e) => setStatus(e.target.value as ImportStatus)} sx={{ maxWidth: 460 }}>
              {STATUSES.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                </MenuItem>
              ))}
            </TextField>
            <Stack direction="row" spacing={2}>
              <MuiButton variant="outlined" disabled={busy || !csv.trim()} onClick={() => void run(true)}>
                Check
              </MuiButton>
              <MuiButton variant="contained" disabled={busy || !ready} onClick={() => void run(false)}>
                {ready ? `Import ${count(ready, 'pledge')}` : 'Import'}
              </MuiButton>
            </Stack>
          </Stack>
        </CardContent>
      </Card>

      {refusal && (
        <Alert severity="error" sx={{ mt: 2 }} aria-label="Import refused">
          <AlertTitle>{refusal.message}</AlertTitle>
          {refusal.problems.length > 0 && (
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {refusal.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </Box>
          )}
        </Alert>
      )}

      {checked && !imported && (
        <Card sx={{ mt: 2 }} component="section" aria-label="Check">
          <CardContent>
            <Alert severity={checked.result.errorCount ? 'error' : 'success'} sx={{ mb: 2 }}>
              {checked.result.errorCount
                ? `${count(checked.result.errorCount, 'row')} of ${checked.result.rowCount.toLocaleString('en')} ${checked.result.errorCount === 1 ? 'has' : 'have'} errors: correct the file and check it again. Nothing was imported.`
                : `All ${count(checked.result.rowCount, 'row')} can be imported as ${checked.status}. Nothing is imported until you click Import.`}
              {current ? '' : ' The text or the status changed since: check again.'}
            </Alert>
            <CheckTable result={checked.result} />
          </CardContent>
        </Card>
      )}

      {imported && (
        <Card sx={{ mt: 2 }} component="section" aria-label="Imported">
          <CardContent>
            <Alert severity="success" sx={{ mb: 2 }}>
              Imported {count(imported.result.rowCount, 'pledge')} as {imported.status}.
            </Alert>
            <ImportedTable result={imported.result} />
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
