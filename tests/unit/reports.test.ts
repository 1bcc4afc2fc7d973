import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/src/common/errors.js';
import { Pledge, PledgeType } from '../../server/src/pledges/pledge.entity.js';
import { Member, Sector } from '../../server/src/members/member.entity.js';
import { Country } from '../../server/src/reference/country.entity.js';
import { ImplementationStatus, ProgressReport, ProgressReportStatus } from '../../server/src/reports/progress-report.entity.js';
import { ReportingCycle } from '../../server/src/reports/reporting-cycle.entity.js';
import { reportMessage, reportReminder } from '../../server/src/reports/report-messages.js';

const pledge = () =>
  new Pledge({
    title: 'Connecting rural schools',
    description: 'Description',
    type: PledgeType.PROGRAMMATIC,
    leadMember: new Member('Ministry of ICT', Sector.GOVERNMENT, new Country({ code: 'KE', iso3: 'KEN', m49: '404', name: 'Kenya', officialName: 'Kenya', independent: true })),
  });
const report = () => new ProgressReport({ pledge: pledge(), year: 2025, implementationStatus: ImplementationStatus.IN_PROGRESS });

describe('a progress report', () => {
  it('goes draft → submitted → accepted, or back to the pledger with a reason and submitted again', () => {
    const accepted = report();
    expect(accepted.isEditableByPledger).toBe(true);
    accepted.submit();
    expect(accepted.isEditableByPledger).toBe(false);
    expect(accepted.submittedAt).toBeInstanceOf(Date);
    accepted.accept();
    expect(accepted.status).toBe(ProgressReportStatus.ACCEPTED);

    const returned = report();
    returned.submit();
    returned.returnForChanges('Give the districts');
    expect(returned).toMatchObject({ status: ProgressReportStatus.RETURNED, statusReason: 'Give the districts', isEditableByPledger: true });
    returned.submit();
    expect(returned.statusReason).toBeUndefined();
  });

  it('refuses every other transition with INVALID_STATE', () => {
    const draft = report();
    for (const illegal of [() => draft.accept(), () => draft.returnForChanges('No')]) expect(illegal).toThrow(AppError);
    draft.submit();
    expect(() => draft.submit()).toThrow(/SUBMITTED report cannot become SUBMITTED/);
    draft.accept();
    for (const illegal of [() => draft.submit(), () => draft.accept(), () => draft.returnForChanges('No')]) expect(illegal).toThrow(AppError);
  });
});

describe('a reporting cycle', () => {
  it('is open until closed, and is closed once', () => {
    const cycle = new ReportingCycle(2025, '2026-03-31');
    expect(cycle.isOpen).toBe(true);
    cycle.close();
    expect(cycle.isOpen).toBe(false);
    expect(() => cycle.close()).toThrow(AppError);
    cycle.reopen('2026-04-30');
    expect(cycle).toMatchObject({ isOpen: true, dueOn: '2026-04-30' });
  });
});

describe('report messages', () => {
  const facts = { pledgeTitle: 'Connecting rural schools', year: 2025, memberName: 'Ministry of ICT' };

  it('tell staff of a submission and the pledgers of a decision, with the curator\'s reason', () => {
    expect(reportMessage('submit', facts)).toMatchObject({ audience: 'staff', subject: 'Progress report submitted: Connecting rural schools (2025)' });
    expect(reportMessage('accept', facts)?.audience).toBe('representatives');
    const returned = reportMessage('return', facts, 'Give the districts');
    expect(returned).toMatchObject({ audience: 'representatives' });
    expect(returned!.body).toContain('Reason given by the curator:\nGive the districts');
    expect(reportMessage('archive', facts)).toBeUndefined();
  });

  it('call for the year\'s report, then remind, naming the pledge, its number and the due day', () => {
    const call = reportReminder('Connecting rural schools', 42, 2025, '2026-03-31', true);
    expect(call.subject).toBe('Time to report on your pledge: 2025 progress report');
    expect(call.body).toContain('"Connecting rural schools" (pledge no. 42) by 2026-03-31');
    const reminder = reportReminder('Connecting rural schools', null, 2025, '2026-03-31', false);
    expect(reminder.subject).toBe('Reminder: your 2025 progress report is due on 2026-03-31');
    expect(reminder.body).not.toContain('pledge no.');
  });
});
