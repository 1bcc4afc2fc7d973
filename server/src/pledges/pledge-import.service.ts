import { validate } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import type { Context } from '../common/context.js';
import type { ItemError } from '../common/bulk.js';
import { inSavepoint } from '../common/bulk.js';
import { inTransaction } from '../common/transaction.js';
import { ErrorCode, invalidInput, toAppError, type AppError } from '../common/errors.js';
import { toGlobalId } from '../common/global-id.js';
import { Pledge, PledgeStatus } from './pledge.entity.js';
import { CreatePledgeInput, MoneyInput } from './pledge.inputs.js';
import { PledgeService } from './pledge.service.js';
import { columnOfField, parsePledgeCsv, readRow, repeatedRows, resolveRow, type Directory, type PledgeFields, type ReadRow, type RowValues } from './pledge-import.js';
import type { ImportPledgesInput, PledgeImport } from './pledge-import.types.js';

const IMPORTED_STATUSES: readonly PledgeStatus[] = [PledgeStatus.DRAFT, PledgeStatus.SUBMITTED, PledgeStatus.PUBLISHED];

/** Pledges approved in one savepoint, loaded together with what approving them reads. */
const APPROVAL_BATCH = 20;

/** The collections PledgeService audits: loaded for a batch at once rather than seven queries a pledge. */
const AUDITED_COLLECTIONS = ['partners', 'focusAreas', 'pillars', 'countries', 'regions', 'beneficiaryGroups', 'sdgs'] as const;

/** Thrown to roll the import's transaction back: a dry run, or a commit with a row at fault. */
const ROLLBACK = Symbol('rollback');

interface Row {
  readonly line: number;
  readonly title: string | null;
  readonly values: RowValues;
  readonly fields?: PledgeFields;
  readonly errors: ItemError[];
  pledge?: Pledge;
}

/**
 * Pledges from CSV, each created as one would be through the API (PledgeService: its validation,
 * audit entries, notifications and reference numbers). The file is parsed, its names resolved and
 * its rows validated before any transaction opens; the pledges are then written in one transaction,
 * each row in a savepoint of its own so that a bad row does not hide the next one's problems. A dry
 * run, or a commit with any row at fault, rolls the whole transaction back.
 */
export class PledgeImportService {
  constructor(private readonly ctx: Context) {}

  async import(input: ImportPledgesInput): Promise<PledgeImport> {
    if (!IMPORTED_STATUSES.includes(input.status)) throw invalidInput('status', `pledges are imported as ${IMPORTED_STATUSES.join(', ')}, not ${input.status}`);
    const read = parsePledgeCsv(input.csv).map(readRow);
    const rows = await this.check(read);
    let committed = false;
    try {
      await inTransaction(this.ctx, async () => {
        for (const row of rows) if (row.fields && !row.errors.length) await this.createFrom(row, input.status);
        if (input.dryRun || rows.some((r) => r.errors.length)) throw ROLLBACK;
        if (input.status === PledgeStatus.PUBLISHED) await this.approve(rows);
      });
      committed = true;
    } catch (error) {
      if (error !== ROLLBACK) throw error;
    }
    return {
      dryRun: input.dryRun,
      committed,
      rowCount: rows.length,
      errorCount: rows.filter((r) => r.errors.length).length,
      rows: rows.map((r) => ({ line: r.line, title: r.title, errors: r.errors, pledge: committed ? r.pledge! : null })),
    };
  }

  /** Each row's names resolved and its values validated as the API validates a CreatePledgeInput; repeated rows marked. */
  private async check(read: readonly ReadRow[]): Promise<Row[]> {
    const directory = await this.directory(read);
    const rows = read.map((r) => ({ ...r, ...resolveRow(r, directory) }));
    const repeats = repeatedRows(rows);
    const checked: Row[] = [];
    for (const row of rows) {
      const errors = [...row.errors];
      const earlier = repeats.get(row.line);
      if (earlier !== undefined) errors.push({ code: ErrorCode.CONFLICT, field: 'title', message: `repeats line ${earlier}: the same lead member and title` });
      if (row.fields) errors.push(...(await this.validationErrors(row.fields, row.values)));
      checked.push({ line: row.line, title: row.title, values: row.values, fields: row.fields, errors });
    }
    return checked;
  }

  private async validationErrors(fields: PledgeFields, values: RowValues): Promise<ItemError[]> {
    const input = Object.assign(new CreatePledgeInput(), fields, { estimatedValue: fields.estimatedValue && Object.assign(new MoneyInput(), fields.estimatedValue) });
    // The options type-graphql validates arguments with (see buildApiSchema): omitted fields are not checked.
    const problems = await validate(input, { skipMissingProperties: true, forbidUnknownValues: false, validationError: { target: false, value: false } });
    return problems.length ? itemErrors(toAppError(new ArgumentValidationError(problems))!, values) : [];
  }

  /** Creates (and submits) the row's pledge in a savepoint; the service's errors become the row's. */
  private async createFrom(row: Row, status: PledgeStatus): Promise<void> {
    try {
      row.pledge = await inSavepoint(
        this.ctx,
        async () => {
          const pledges = new PledgeService(this.ctx);
          const created = await pledges.create(Object.assign(new CreatePledgeInput(), row.fields));
          if (status === PledgeStatus.DRAFT) return created;
          const submitted = await pledges.submit(toGlobalId('Pledge', created.id));
          // Publication is checked here and happens only once every row is good: a dry run or a failed
          // import takes no reference number (the sequence does not roll back).
          if (status === PledgeStatus.PUBLISHED) submitted.assertCanBecome(PledgeStatus.PUBLISHED);
          return submitted;
        },
        { fresh: true },
      );
    } catch (error) {
      const expected = toAppError(error);
      if (!expected) throw error;
      row.errors.push(...itemErrors(expected, row.values));
    }
  }

  private async approve(rows: Row[]): Promise<void> {
    // The rows' pledges, merged in here when their savepoints ended, are flushed: dropped, so that no stale
    // copy (SUBMITTED) is left to be written back over what the approval savepoints merge in.
    this.ctx.em.clear();
    for (let start = 0; start < rows.length; start += APPROVAL_BATCH) {
      const batch = rows.slice(start, start + APPROVAL_BATCH);
      await inSavepoint(
        this.ctx,
        async () => {
          await this.ctx.em.find(Pledge, { id: { $in: batch.map((r) => r.pledge!.id) } }, { populate: AUDITED_COLLECTIONS });
          const pledges = new PledgeService(this.ctx);
          for (const row of batch) {
            try {
              row.pledge = await pledges.approve(toGlobalId('Pledge', row.pledge!.id));
            } catch (error) {
              const expected = toAppError(error);
              if (!expected) throw error;
              row.errors.push(...itemErrors(expected, row.values));
              throw ROLLBACK;
            }
          }
        },
        { fresh: true },
      );
    }
  }

  /** The records and reference data the rows name, read once for the whole file. */
  private async directory(rows: readonly ReadRow[]): Promise<Directory> {
    const named = (pick: (v: RowValues) => readonly ({ by: string; value: string } | undefined)[]) => [
      ...new Set(rows.flatMap((r) => pick(r.values).flatMap((n) => (n?.by === 'name' ? [n.value.toLowerCase()] : [])))),
    ];
    const memberNames = named((v) => [v.leadMember, ...v.partners]);
    const eventNames = named((v) => [v.event]);
    const byName = (found: { id: number; name: string; archived: boolean }[]) => {
      const map = new Map<string, { id: number; archived: boolean }[]>();
      for (const { id, name, archived } of found) map.set(name.toLowerCase(), [...(map.get(name.toLowerCase()) ?? []), { id, archived }]);
      return map;
    };
    const namesOf = (table: 'member' | 'event', names: readonly string[]) =>
      names.length ? this.query<{ id: number; name: string; archived: boolean }>(`select id, name, archived_at is not null as archived from ${table} where lower(name) in (?)`, [names]) : [];
    const codes = async (table: string) => new Set((await this.query<{ code: string }>(`select code from ${table}`)).map((r) => r.code));
    return {
      membersByName: byName(await namesOf('member', memberNames)),
      eventsByName: byName(await namesOf('event', eventNames)),
      focusAreaCodes: await codes('focus_area'),
      pillars: await this.query(
        'select p.id, p.name, p.slug, f.code as "focusAreaCode" from pillar p join focus_area f on f.id = p.focus_area_id where p.archived_at is null',
      ),
      regions: await this.query('select id, kind, code, name from region'),
      countryCodes: await codes('country'),
      beneficiaryGroupCodes: await codes('beneficiary_group'),
      currencyCodes: await codes('currency'),
    };
  }

  private query<T>(text: string, values: unknown[] = []): Promise<T[]> {
    return this.ctx.em.getConnection().execute<T[]>(text, values, 'all', this.ctx.em.getTransactionContext());
  }
}

/** An error of the service as the row's errors, naming columns where the service named fields. */
function itemErrors(error: AppError, values: RowValues): ItemError[] {
  if (error.problems.length === 0) return [{ code: error.code, field: null, message: error.message }];
  return error.problems.map((p) => ({
    code: error.code,
    field: columnOfField(p.field, values),
    // "leadMemberId: ..." would name a field the file does not have; the column goes into `field` instead.
    message: error.problems.length === 1 && !error.message.startsWith(`${p.field}: `) ? error.message : p.message,
  }));
}
