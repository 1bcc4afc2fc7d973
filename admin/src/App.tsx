import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import BusinessIcon from '@mui/icons-material/Business';
import EventIcon from '@mui/icons-material/Event';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import GroupsIcon from '@mui/icons-material/Groups';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HistoryIcon from '@mui/icons-material/History';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import OutboxIcon from '@mui/icons-material/Outbox';
import RateReviewIcon from '@mui/icons-material/RateReview';
import AssignmentIcon from '@mui/icons-material/Assignment';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import PeopleIcon from '@mui/icons-material/People';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import PublicIcon from '@mui/icons-material/Public';
import HubIcon from '@mui/icons-material/Hub';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { authProvider, isStaff, type Permissions } from './authProvider.js';
import { dataProvider } from './dataProvider.js';
import { i18nProvider } from './i18n.js';
import { Dashboard } from './dashboard/Dashboard.js';
import members from './members/index.js';
import events from './events/index.js';
import workingGroups from './workingGroups/index.js';
import people from './people/index.js';
import pillars from './pillars/index.js';
import accounts from './accounts/index.js';
import pledges from './pledges/index.js';
import audit from './audit/index.js';
import curation, { revisions } from './curation/index.js';
import outbox from './outbox/index.js';
import expressionsOfInterest from './expressionsOfInterest/index.js';
import reports, { cycles, overdue } from './reports/index.js';
import countryNeeds from './needs/index.js';
import { matches, roundtables } from './matchmaking/index.js';
import { PLEDGE_IMPORT_PATH, PledgeImport } from './pledges/PledgeImport.js';

/** Views a role may not use are left out, so their buttons and routes disappear; the API checks again. */
const readOnly = { create: undefined, edit: undefined };

export const App = () => (
  <Admin
    title="Partner2Connect"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    {(role: Permissions) => (
      <>
        {/* Staff's desk: the pledges waiting for a decision, first in the menu. */}
        {isStaff(role) && <Resource name="curationQueue" {...curation} icon={FactCheckIcon} />}
        {isStaff(role) && <Resource name="revisionQueue" {...revisions} icon={RateReviewIcon} />}
        {/* Organisations asking to join: accepting one makes it a member (the API refuses the other roles). */}
        {isStaff(role) && <Resource name="expressionsOfInterest" {...expressionsOfInterest} icon={HowToRegIcon} />}
        <Resource name="pledges" {...pledges} {...(isStaff(role) || role === 'PLEDGER' ? {} : readOnly)} icon={HandshakeIcon} />
        {/* Pledgers report on their published pledges, staff review the reports; organizers read the accepted ones. */}
        <Resource name="progressReports" {...reports} {...(isStaff(role) || role === 'PLEDGER' ? {} : readOnly)} icon={AssignmentIcon} />
        {isStaff(role) && <Resource name="reportingOverdue" {...overdue} icon={AssignmentLateIcon} />}
        {/* Only staff manage the cycles; the report form offers the other roles their years. */}
        {isStaff(role) ? <Resource name="reportingCycles" {...cycles} icon={EventRepeatIcon} /> : <Resource name="reportingCycles" recordRepresentation="year" />}
        <Resource name="members" {...members} {...(isStaff(role) ? {} : readOnly)} icon={BusinessIcon} />
        <Resource name="events" {...events} {...(isStaff(role) || role === 'ORGANIZER' ? {} : readOnly)} icon={EventIcon} />
        {/* Governments' focal points (pledgers) and staff enter needs; organizers read them and match them on the boards. */}
        <Resource name="countryNeeds" {...countryNeeds} {...(isStaff(role) || role === 'PLEDGER' ? {} : readOnly)} icon={PublicIcon} />
        {/* The boards' coverage and allocation views are for staff and organizers only (the API masks them for the others). */}
        {(isStaff(role) || role === 'ORGANIZER') && <Resource name="roundtables" {...roundtables} icon={HubIcon} />}
        <Resource name="matches" {...matches} icon={CompareArrowsIcon} />
        <Resource name="workingGroups" {...workingGroups} {...(isStaff(role) ? {} : readOnly)} icon={GroupsIcon} />
        {/* Pledgers see the people of their own members, organizers everyone; only staff change them. */}
        <Resource name="people" {...people} {...(isStaff(role) ? {} : readOnly)} icon={PeopleIcon} />
        {/* Staff curate the pillars; the forms keep choosing them through `focusAreas`, for every role. */}
        {isStaff(role) && <Resource name="pillars" {...pillars} icon={ViewColumnIcon} />}
        {/* The audit trail is staff's: the API refuses it to the other roles. */}
        {isStaff(role) && <Resource name="auditEntries" {...audit} icon={HistoryIcon} />}
        {/* The messages queued for people (the API refuses them to the other roles too). */}
        {isStaff(role) && <Resource name="notifications" {...outbox} icon={OutboxIcon} />}
        {/* Who may log in, and as what: the API lets admins only list or change accounts. */}
        {role === 'ADMIN' && <Resource name="accounts" {...accounts} icon={ManageAccountsIcon} />}
        {/* Pages of their own, inside the layout; the pledge import is staff's (the API refuses it to the other roles). */}
        {isStaff(role) && (
          <CustomRoutes>
            <Route path={PLEDGE_IMPORT_PATH} element={<PledgeImport />} />
          </CustomRoutes>
        )}
        {/* Reference data the forms choose from, without views of their own. */}
        <Resource name="countries" recordRepresentation="name" />
        <Resource name="currencies" recordRepresentation="code" />
        <Resource name="focusAreas" recordRepresentation="name" />
        <Resource name="beneficiaryGroups" recordRepresentation="name" />
        <Resource name="sdgs" recordRepresentation="label" />
        <Resource name="ituRegions" recordRepresentation="name" />
        <Resource name="connectivityTargets" recordRepresentation="title" />
      </>
    )}
  </Admin>
);
