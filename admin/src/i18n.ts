import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

const messages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    // The login form's `username` field holds the e-mail address the API logs in with.
    auth: { ...englishMessages.ra.auth, username: 'Email' },
  },
  resources: {
    pledges: {
      name: 'Pledge |||| Pledges',
      // Labels of the sort menu (and of inputs and fields without their own label).
      fields: {
        relevance: 'Relevance',
        reference: 'Reference',
        updatedAt: 'Last update',
        announcedOn: 'Announcement date',
        usdValue: 'USD value',
        leadMember: { name: 'Lead member' },
      },
    },
    members: { name: 'Member |||| Members' },
    events: { name: 'Event |||| Events' },
    workingGroups: { name: 'Working group |||| Working groups' },
    people: { name: 'Person |||| People' },
    pillars: { name: 'Pillar |||| Pillars' },
    accounts: { name: 'Account |||| Accounts' },
    curationQueue: {
      name: 'Submitted pledge |||| Curation queue',
      fields: { title: 'Title', createdAt: 'Created', updatedAt: 'Last update', leadMember: { name: 'Lead member' } },
    },
    expressionsOfInterest: {
      name: 'Expression of interest |||| Expressions of interest',
      fields: { organizationName: 'Organisation', sector: 'Sector', status: 'Status', createdAt: 'Submitted', message: 'Message', website: 'Website' },
    },
    notifications: { name: 'Notification |||| Outbox', fields: { createdAt: 'Created', topic: 'Topic', subject: 'Subject', status: 'Status', attempts: 'Attempts' } },
    auditEntries: { name: 'Audit entry |||| Audit trail', fields: { at: 'When', action: 'Action', reason: 'Reason' } },
    progressReports: {
      name: 'Progress report |||| Progress reports',
      fields: { year: 'Year', submittedAt: 'Submitted', updatedAt: 'Last change', peopleReached: 'People reached', amountDisbursed: { usdValue: 'Disbursed (USD)' } },
    },
    reportingCycles: { name: 'Reporting cycle |||| Reporting cycles' },
    countryNeeds: {
      name: 'Country need |||| Country needs',
      fields: { title: 'Title', priority: 'Priority', updatedAt: 'Last change', fundingGap: { usdValue: 'Gap (USD)' } },
    },
    roundtables: { name: 'Matchmaking roundtable |||| Matchmaking', fields: { code: 'Code', name: 'Name', startDate: 'Starts' } },
    matches: { name: 'Match |||| Matches', fields: { score: 'Score', amountUsd: 'Amount' } },
    reportingOverdue: {
      name: 'Pledge owing a report |||| Reports owed',
      fields: { reference: 'Reference', title: 'Title', leadMember: { name: 'Lead member' }, progress: { lastReportedAt: 'Last reported' } },
    },
  },
};

export const i18nProvider = polyglotI18nProvider(() => messages, 'en', [{ locale: 'en', name: 'English' }], { allowMissing: true });
