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
    pledges: { name: 'Pledge |||| Pledges' },
    members: { name: 'Member |||| Members' },
    events: { name: 'Event |||| Events' },
    workingGroups: { name: 'Working group |||| Working groups' },
  },
};

export const i18nProvider = polyglotI18nProvider(() => messages, 'en', [{ locale: 'en', name: 'English' }], { allowMissing: true });
