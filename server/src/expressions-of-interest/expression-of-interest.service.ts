import { createHash } from 'node:crypto';
import type { Context } from '../common/context.js';
import { conflict, invalidInput, invalidState, rateLimited } from '../common/errors.js';
import { findByGlobalIdOrThrow } from '../common/persistence.js';
import { toGlobalId } from '../common/global-id.js';
import { readRows } from '../common/query/read.js';
import { list, sql } from '../common/query/sql.js';
import { AuditService, changesBetween, snapshot } from '../audit/audit.service.js';
import { Country } from '../reference/country.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Member } from '../members/member.entity.js';
import { MemberService } from '../members/member.service.js';
import { PersonService } from '../people/person.service.js';
import { AccountService } from '../accounts/account.service.js';
import { Notification } from '../notifications/notification.entity.js';
import { ExpressionOfInterest, ExpressionOfInterestStatus } from './expression-of-interest.entity.js';
import type { SubmitExpressionOfInterestInput } from './expression-of-interest.inputs.js';

/** Submissions one network address may make in an hour: enough for a real organisation, not for a flood. */
export const SUBMISSIONS_PER_HOUR = 5;
/** How alike an organisation's name must be to a member's (pg_trgm similarity) to be flagged as a likely duplicate. */
const NAME_SIMILARITY = 0.5;
const AUDITED = ['status', 'decisionReason', 'member'] as const;

export const clientKeyOf = (address: string) => createHash('sha256').update(`p2c-eoi:${address}`).digest('hex');

export class ExpressionOfInterestService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  async submit(input: SubmitExpressionOfInterestInput, clientKey: string): Promise<ExpressionOfInterest> {
    const since = new Date(Date.now() - 3600_000);
    if ((await this.em.count(ExpressionOfInterest, { clientKey, createdAt: { $gte: since } })) >= SUBMISSIONS_PER_HOUR) {
      throw rateLimited(`At most ${SUBMISSIONS_PER_HOUR} expressions of interest an hour from one address; please try again later`, 3600);
    }
    const contactEmail = input.contactEmail.trim().toLowerCase();
    if (await this.em.count(ExpressionOfInterest, { contactEmail, status: ExpressionOfInterestStatus.PENDING })) {
      throw conflict('An expression of interest from this e-mail address is already waiting for review', {}, 'contactEmail');
    }
    const country = await this.em.findOne(Country, { code: input.countryCode.toUpperCase() });
    if (!country) throw invalidInput('countryCode', 'is not a known country code');
    const codes = [...new Set(input.focusAreaCodes.map((c) => c.toUpperCase()))];
    const focusAreas = await this.em.find(FocusArea, { code: { $in: codes } });
    if (focusAreas.length !== codes.length) throw invalidInput('focusAreaCodes', `unknown focus areas: ${codes.filter((c) => !focusAreas.some((f) => f.code === c)).join(', ')}`);
    const eoi = new ExpressionOfInterest({ organizationName: input.organizationName.trim(), sector: input.sector, country, contactName: input.contactName.trim(), contactEmail });
    eoi.website = input.website;
    eoi.contactPhone = input.contactPhone;
    eoi.message = input.message?.trim();
    eoi.clientKey = clientKey;
    eoi.focusAreas.set(focusAreas);
    await this.em.persist(eoi).flush();
    return eoi;
  }

  /**
   * Makes the organisation a member, its contact the member's focal point,
   * with a pledger account and an invitation to set its password, sent
   * through the outbox; all in the request's transaction.
   */
  async accept(id: string): Promise<ExpressionOfInterest> {
    const eoi = await this.findPending(id);
    const before = snapshot(eoi, [...AUDITED]);
    const country = await this.em.findOneOrFail(Country, eoi.country.id);
    const member = await new MemberService(this.ctx).create({ name: eoi.organizationName, sector: eoi.sector, countryCode: country.code, website: eoi.website ?? undefined, champion: false });
    const memberId = toGlobalId('Member', member.id);
    await new PersonService(this.ctx).create({ name: eoi.contactName, email: eoi.contactEmail, phone: eoi.contactPhone ?? undefined, memberId });
    const { account, token } = await new AccountService(this.ctx).invite(eoi.contactEmail, eoi.contactName, memberId);
    eoi.accept(member);
    this.em.persist(
      new Notification({
        topic: 'expressionOfInterest.accept',
        recipient: account,
        recipientEmail: account.email,
        subject: `Welcome to the Partner2Connect Digital Coalition, ${eoi.organizationName}`,
        body: `${eoi.organizationName} is now a member of the Partner2Connect Digital Coalition.\n\nSet the password of your account (${account.email}) with this invitation code, valid for 7 days and once:\n\n${token}\n\nThen sign in to the console to announce and follow your pledges.`,
        entityType: 'ExpressionOfInterest',
        entityId: eoi.id,
      }),
    );
    new AuditService(this.em, this.ctx.viewer).record('expressionOfInterest.accept', eoi, changesBetween(before, snapshot(eoi, [...AUDITED])));
    await this.em.flush();
    return eoi;
  }

  async decline(id: string, reason: string): Promise<ExpressionOfInterest> {
    const eoi = await this.findPending(id);
    const before = snapshot(eoi, [...AUDITED]);
    eoi.decline(reason.trim());
    this.em.persist(
      new Notification({
        topic: 'expressionOfInterest.decline',
        recipientEmail: eoi.contactEmail,
        subject: `Your expression of interest in the Partner2Connect Digital Coalition`,
        body: `Thank you for the interest of ${eoi.organizationName} in the Partner2Connect Digital Coalition. We cannot take it further at this time.\n\n${reason.trim()}`,
        entityType: 'ExpressionOfInterest',
        entityId: eoi.id,
      }),
    );
    new AuditService(this.em, this.ctx.viewer).record('expressionOfInterest.decline', eoi, changesBetween(before, snapshot(eoi, [...AUDITED])), reason);
    await this.em.flush();
    return eoi;
  }

  /** Members that may be the same organisation: a similar name, or the same website host. Batched per request. */
  async possibleDuplicateMembers(eoi: ExpressionOfInterest): Promise<Member[]> {
    const ids = await this.ctx.loaders
      .batch<number[]>('eoi-duplicate-members', async (eoiIds) => {
        const l = list(eoiIds);
        const rows = await readRows(
          this.ctx,
          sql(
            `SELECT e.id AS source, m.id
               FROM expression_of_interest e
               JOIN LATERAL (
                 SELECT m.id FROM member m
                  WHERE m.archived_at IS NULL
                    AND (similarity(m.name, e.organization_name) >= ?
                         OR (e.website IS NOT NULL AND m.website IS NOT NULL
                             AND regexp_replace(lower(m.website), '^[a-z]+://(www\\.)*([^/:]+).*$', '\\2') = regexp_replace(lower(e.website), '^[a-z]+://(www\\.)*([^/:]+).*$', '\\2')))
                  ORDER BY similarity(m.name, e.organization_name) DESC, m.id
                  LIMIT 5) m ON TRUE
              WHERE e.id IN (${l.text})`,
            [NAME_SIMILARITY, ...l.values],
          ),
        );
        return eoiIds.map((id) => rows.filter((r) => Number(r.source) === id).map((r) => Number(r.id)));
      })
      .load(eoi.id);
    const members = await Promise.all(ids.map((id) => this.ctx.loaders.byId(Member, id)));
    return members.filter((m): m is Member => Boolean(m));
  }

  private async findPending(id: string): Promise<ExpressionOfInterest> {
    const eoi = await findByGlobalIdOrThrow(this.em, ExpressionOfInterest, id, 'id');
    if (!eoi.isPending) throw invalidState(`This expression of interest was already ${eoi.status.toLowerCase()}`, { status: eoi.status });
    return eoi;
  }
}
