/**
 * Demonstration data for the P2C platform: members, their focal points and
 * pledges, shaped on the coalition's published figures (Dec 2023: 845 pledges,
 * USD 36.78 bn, 408 entities from 138 countries, 31% of pledges targeting an
 * LDC, 52% naming women and girls, top SDGs 9, 4 and 10); progress reports;
 * and the country needs and matches of the matchmaking roundtables.
 *
 * Pure: no I/O, no clock, no Math.random. The same reference data, seed and
 * sizes give the same rows. Reference data comes in as plain arrays (with the
 * database ids the rows must point to); members and pledges refer to each
 * other by their index in the returned arrays, and the loader maps indices to
 * ids.
 */
import { Decimal } from 'decimal.js';
import { scorePair, type ComponentScore, type NeedFacts, type PledgeFacts } from '../matchmaking/scoring.js';
import { Random, searchCumulative } from './random.js';
import {
  ACADEMIA_PATTERNS,
  CHAMPIONS,
  CITIES,
  CIVIL_SOCIETY_PATTERNS,
  COMPANY_CORES,
  COMPANY_SUFFIXES,
  FIRST_NAMES,
  GOVERNMENT_PATTERNS,
  INTERNATIONAL_ORGANIZATIONS,
  JOB_TITLES,
  LAST_NAMES,
  NAME_WORDS,
  ORGANIZATION_KINDS,
  ORGANIZATION_PREFIXES,
  ORGANIZATION_TOPICS,
  UN_AGENCIES,
} from './names.js';
import {
  ADVOCACY_TITLES,
  EVENT_SENTENCES,
  FINANCIAL_TITLES,
  GENERIC_TITLES,
  GOVERNMENT_POLICY_TITLES,
  LARGE_TITLES,
  MATCH_DECLINE_REASONS,
  MEMBER_DESCRIPTIONS,
  MEMBER_TOPICS,
  GERUND_OPENERS,
  NEED_ADVOCACY_TITLES,
  NEED_AREAS,
  NEED_ASKS,
  NEED_GENERIC_TITLES,
  NEED_POLICY_TITLES,
  NEED_REGIONAL,
  NEED_REGIONAL_SOURCES,
  NEED_SITUATIONS,
  NEED_SOURCES,
  NEED_TITLES_BY_PILLAR,
  NOUN_OPENERS,
  TYPE_SENTENCES,
  PILLAR_SENTENCES,
  POLICY_TITLES,
  REASONS,
  REPORT_CHALLENGES,
  REPORT_OUTCOMES,
  REPORT_RETURN_REASONS,
  REPORT_STEPS,
  EVIDENCE_LINKS,
  TITLES_BY_FOCUS_AREA,
  TITLES_BY_PILLAR,
  type TitleTemplate,
} from './texts.js';

// ---------------------------------------------------------------------------
// Inputs and outputs
// ---------------------------------------------------------------------------

export type DemoSector = 'GOVERNMENT' | 'PRIVATE_SECTOR' | 'ACADEMIA' | 'CIVIL_SOCIETY' | 'INTERNATIONAL_ORGANIZATION' | 'UN_AGENCY';
export type DemoPledgeType = 'PROGRAMMATIC' | 'FINANCIAL' | 'POLICY' | 'ADVOCACY';
export type DemoPledgeStatus = 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'PUBLISHED' | 'REJECTED' | 'WITHDRAWN';

export interface RefCountryGroup {
  readonly group: string;
  /** First day of membership (YYYY-MM-DD), null when it predates the records. */
  readonly since: string | null;
  /** First day the country is no longer a member, null while it lasts. */
  readonly until: string | null;
}
export interface RefCountry {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly officialName?: string;
  readonly independent: boolean;
  readonly ituRegionId: number | null;
  readonly currencyId: number | null;
  readonly groups: readonly RefCountryGroup[];
}
export interface RefRegion {
  readonly id: number;
  /** ITU-D region code: AFRICA, AMERICAS, ARAB_STATES, ASIA_PACIFIC, CIS, EUROPE. */
  readonly code: string;
  readonly name: string;
}
export interface RefFocusArea {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}
export interface RefPillar {
  readonly id: number;
  readonly focusAreaId: number;
  readonly slug: string;
  readonly name: string;
  readonly published: boolean;
}
export interface RefBeneficiaryGroup {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}
export interface RefSdg {
  readonly id: number;
  readonly number: number;
  readonly title?: string;
}
export interface RefEvent {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  /** event_kind: MATCHMAKING_ROUNDTABLE, CONFERENCE, ... */
  readonly kind: string;
  /** Its ITU-D region, if it is for one. */
  readonly regionId: number | null;
  readonly startDate: string;
  readonly endDate: string;
}
export interface RefCurrency {
  readonly id: number;
  readonly code: string;
  /** USD per unit, dated; any order. */
  readonly rates: readonly { readonly validFrom: string; readonly usdPerUnit: string }[];
}
/** The reference rows the generator needs, with their database ids. */
export interface DemoReference {
  readonly countries: readonly RefCountry[];
  /** The six ITU-D regions. */
  readonly ituRegions: readonly RefRegion[];
  readonly focusAreas: readonly RefFocusArea[];
  readonly pillars: readonly RefPillar[];
  readonly beneficiaryGroups: readonly RefBeneficiaryGroup[];
  readonly sdgs: readonly RefSdg[];
  readonly events: readonly RefEvent[];
  readonly currencies: readonly RefCurrency[];
  /** Codes of the connectivity targets that progress reports may name. */
  readonly connectivityTargets: readonly string[];
}

export interface DemoOptions {
  readonly seed: number;
  readonly members: number;
  readonly pledges: number;
}

export interface DemoMember {
  readonly name: string;
  readonly acronym: string | null;
  readonly sector: DemoSector;
  readonly countryId: number;
  readonly champion: boolean;
  readonly website: string | null;
  readonly description: string | null;
  /** ISO timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DemoPerson {
  readonly memberIndex: number;
  readonly name: string;
  readonly email: string;
  readonly phone: string | null;
  readonly jobTitle: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface DemoPledge {
  /** Public reference, 1..N in announcement order, for pledges that were published (including withdrawn ones). */
  readonly reference: number | null;
  readonly title: string;
  readonly description: string;
  readonly type: DemoPledgeType;
  readonly status: DemoPledgeStatus;
  readonly statusReason: string | null;
  readonly leadMemberIndex: number;
  readonly partnerMemberIndexes: readonly number[];
  /** Exact decimal strings with two decimals. */
  readonly amount: string | null;
  readonly currencyId: number | null;
  readonly usdValue: string | null;
  readonly rateDate: string | null;
  readonly isGlobal: boolean;
  readonly countryIds: readonly number[];
  readonly regionIds: readonly number[];
  readonly focusAreaIds: readonly number[];
  readonly pillarIds: readonly number[];
  readonly beneficiaryGroupIds: readonly number[];
  readonly sdgIds: readonly number[];
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly targetBeneficiaries: number | null;
  readonly announcedOn: string | null;
  readonly eventId: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly publishedAt: string | null;
  readonly version: number;
}

export type DemoImplementationStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'DELAYED' | 'CANCELLED';
export type DemoReportStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED';

export interface DemoReportingCycle {
  readonly year: number;
  readonly dueOn: string;
  readonly openedAt: string;
  /** Null while pledgers can report. */
  readonly closedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface DemoProgressReport {
  readonly pledgeIndex: number;
  readonly year: number;
  readonly status: DemoReportStatus;
  readonly statusReason: string | null;
  readonly implementationStatus: DemoImplementationStatus;
  /** Disbursed during the year, in the pledge's currency; exact decimal strings with two decimals. */
  readonly amountDisbursed: string | null;
  readonly currencyId: number | null;
  readonly disbursedUsd: string | null;
  readonly rateDate: string | null;
  /** Since the pledge began, not in the year only. */
  readonly peopleReached: number | null;
  readonly womenReached: number | null;
  /** People reached by beneficiary group id. */
  readonly reachByGroup: Readonly<Record<string, number>>;
  readonly stepsTaken: string;
  readonly outcomes: string;
  readonly challenges: string;
  readonly targetCodes: readonly string[];
  readonly evidenceLinks: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly decidedAt: string | null;
  readonly version: number;
}

export type DemoNeedStatus = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED';
export type DemoNeedPriority = 'HIGH' | 'MEDIUM' | 'LOW';
export type DemoMatchStatus = 'PROPOSED' | 'AGREED' | 'IN_IMPLEMENTATION' | 'CLOSED' | 'DECLINED';

/** A matchmaking roundtable of the reference events and the countries taking part. */
export interface DemoRoundtable {
  readonly eventId: number;
  readonly countryIds: readonly number[];
}

export interface DemoNeed {
  /** The roundtable it was gathered for. Not stored: a roundtable finds its needs through its countries or its region. */
  readonly eventId: number;
  readonly title: string;
  readonly description: string;
  /** One of the two is set. */
  readonly countryId: number | null;
  readonly regionId: number | null;
  readonly focusAreaId: number;
  readonly pillarId: number;
  readonly beneficiaryGroupIds: readonly number[];
  readonly modality: DemoPledgeType;
  /** The funding gap, null for a non-financial need; exact decimal strings with two decimals. */
  readonly amount: string | null;
  readonly currencyId: number | null;
  readonly gapUsd: string | null;
  readonly rateDate: string | null;
  readonly priority: DemoNeedPriority;
  readonly startDate: string;
  readonly endDate: string;
  readonly source: string;
  readonly status: DemoNeedStatus;
  /** The government member of the need's country that submitted it, if the demo has one. */
  readonly memberIndex: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly publishedAt: string | null;
  readonly version: number;
}

export interface DemoMatch {
  readonly needIndex: number;
  readonly pledgeIndex: number;
  readonly eventId: number;
  readonly status: DemoMatchStatus;
  readonly statusReason: string | null;
  /** Null when the need or the pledge has no money to it. */
  readonly amountUsd: string | null;
  /** As scorePair gave it when the pair was matched. */
  readonly score: number;
  readonly components: readonly ComponentScore[];
  readonly pledgerConfirmedAt: string | null;
  readonly countryConfirmedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface DemoData {
  readonly members: DemoMember[];
  readonly people: DemoPerson[];
  readonly pledges: DemoPledge[];
  /** Oldest first, the last one still open. */
  readonly reportingCycles: DemoReportingCycle[];
  readonly progressReports: DemoProgressReport[];
  /** Oldest first. */
  readonly roundtables: DemoRoundtable[];
  readonly needs: DemoNeed[];
  /** Of the oldest roundtable. */
  readonly matches: DemoMatch[];
}

// ---------------------------------------------------------------------------
// Shape parameters
// ---------------------------------------------------------------------------

/** Coalition figures the default data set is shaped on. */
export const SHAPE = {
  /** USD per pledge: about USD 37 bn for 850 pledges. */
  usdPerPledge: 37e9 / 850,
  /** Share of pledges with an implementation country that is an LDC on the announcement day. */
  ldcShare: 0.31,
  womenShare: 0.52,
  /** Shares of the non-published statuses. */
  statuses: { DRAFT: 0.006, SUBMITTED: 0.009, CHANGES_REQUESTED: 0.005, REJECTED: 0.004, WITHDRAWN: 0.006 },
} as const;

const SECTOR_SHARES: readonly (readonly [DemoSector, number])[] = [
  ['GOVERNMENT', 0.25],
  ['PRIVATE_SECTOR', 0.33],
  ['INTERNATIONAL_ORGANIZATION', 0.13],
  ['CIVIL_SOCIETY', 0.15],
  ['ACADEMIA', 0.11],
  ['UN_AGENCY', 0.03],
];

const TYPE_BY_SECTOR: Record<DemoSector, readonly (readonly [DemoPledgeType, number])[]> = {
  GOVERNMENT: [['PROGRAMMATIC', 0.4], ['FINANCIAL', 0.2], ['POLICY', 0.3], ['ADVOCACY', 0.1]],
  PRIVATE_SECTOR: [['PROGRAMMATIC', 0.55], ['FINANCIAL', 0.3], ['POLICY', 0.04], ['ADVOCACY', 0.11]],
  INTERNATIONAL_ORGANIZATION: [['PROGRAMMATIC', 0.45], ['FINANCIAL', 0.25], ['POLICY', 0.14], ['ADVOCACY', 0.16]],
  CIVIL_SOCIETY: [['PROGRAMMATIC', 0.55], ['FINANCIAL', 0.05], ['POLICY', 0.12], ['ADVOCACY', 0.28]],
  ACADEMIA: [['PROGRAMMATIC', 0.7], ['FINANCIAL', 0.04], ['POLICY', 0.12], ['ADVOCACY', 0.14]],
  UN_AGENCY: [['PROGRAMMATIC', 0.5], ['FINANCIAL', 0.15], ['POLICY', 0.17], ['ADVOCACY', 0.18]],
};

/** Weight of the ITU-D regions as home of members (base) and as place of implementation. */
const HOME_REGION_WEIGHT: Record<string, number> = { AFRICA: 1.6, ASIA_PACIFIC: 1.2, ARAB_STATES: 1.0, AMERICAS: 1.0, CIS: 0.7, EUROPE: 0.9 };
const TARGET_REGION_WEIGHT: Record<string, number> = { AFRICA: 3, ASIA_PACIFIC: 2, AMERICAS: 1.2, ARAB_STATES: 1.2, CIS: 0.7, EUROPE: 0.4 };

/** Where companies, universities and NGOs tend to be. */
const HUB_WEIGHT: Record<string, number> = {
  US: 14, GB: 5, FR: 4, DE: 4, CN: 5, IN: 6, JP: 3, KR: 2, ZA: 4, NG: 4, KE: 4, AE: 2.5, SA: 2, BR: 3, CH: 3, NL: 2, SE: 2,
  FI: 1.5, ES: 2, IT: 2, CA: 2, AU: 1.5, SG: 2, EG: 2, RW: 2, GH: 2, SN: 1.5, MA: 1.5, ID: 2, PH: 1.5, MX: 1.5, CO: 1, PE: 1,
  TR: 1.5, QA: 1, IL: 1, IE: 1.5, BE: 1.5, LU: 1, EE: 1, PK: 1.5, BD: 1.5, VN: 1, MY: 1, TH: 1, KZ: 1, UZ: 1, AZ: 1, UG: 1.5,
  TZ: 1.5, ET: 1.5, CI: 1.5, CM: 1, ZM: 1, MW: 1, MZ: 1,
};

const ACTIVITY_BY_SECTOR: Record<DemoSector, number> = {
  GOVERNMENT: 1.0, PRIVATE_SECTOR: 1.15, INTERNATIONAL_ORGANIZATION: 1.4, UN_AGENCY: 1.6, CIVIL_SOCIETY: 0.75, ACADEMIA: 0.6,
};

/** Probability that a pledge is valued in the lead member's home currency rather than USD. */
const HOME_CURRENCY_BY_SECTOR: Record<DemoSector, number> = {
  GOVERNMENT: 0.6, PRIVATE_SECTOR: 0.4, ACADEMIA: 0.5, CIVIL_SOCIETY: 0.35, INTERNATIONAL_ORGANIZATION: 0.08, UN_AGENCY: 0,
};

/** Probability that a pledge with implementation countries (not led by an LDC government at home) targets an LDC. */
const LDC_GIVEN_COUNTRIES = 0.5;

interface Segment {
  /** Event code, or null for the days between events. */
  readonly event: string | null;
  readonly from: string;
  readonly to: string;
  /** Share of all pledges announced in this segment. */
  readonly share: number;
  /** Implementation countries favoured by the event. */
  readonly hint?: { readonly region?: string; readonly group?: string };
}

/**
 * When pledges were announced. Cumulative shares follow the coalition's
 * milestones: 36.8% by the WTDC-22 roundtable (360+ of ~1000), 50% by PP-22
 * (500), 84.6% by the end of 2023 (845), 100% by the end of 2025 (1000+).
 */
const TIMELINE: readonly Segment[] = [
  { event: 'P2C-LAUNCH-2021', from: '2021-09-20', to: '2021-09-20', share: 0.004 },
  { event: null, from: '2021-09-21', to: '2022-03-15', share: 0.004 },
  { event: 'P2C-PLATFORM-2022', from: '2022-03-16', to: '2022-03-16', share: 0.05 },
  { event: null, from: '2022-03-17', to: '2022-06-05', share: 0.07 },
  { event: 'P2C-DDR-2022', from: '2022-06-07', to: '2022-06-09', share: 0.19, hint: { region: 'AFRICA' } },
  { event: 'WTDC-22', from: '2022-06-06', to: '2022-06-16', share: 0.05 },
  { event: null, from: '2022-06-17', to: '2022-09-25', share: 0.035 },
  { event: 'PP-22', from: '2022-09-26', to: '2022-10-14', share: 0.1 },
  { event: null, from: '2022-10-15', to: '2022-12-07', share: 0.02 },
  { event: 'P2C-AM-2022', from: '2022-12-08', to: '2022-12-08', share: 0.05 },
  { event: null, from: '2022-12-09', to: '2023-05-15', share: 0.035 },
  { event: 'P2C-MMR-2023-PACIFIC', from: '2023-05-16', to: '2023-05-16', share: 0.03, hint: { region: 'ASIA_PACIFIC', group: 'SIDS' } },
  { event: null, from: '2023-05-17', to: '2023-06-19', share: 0.01 },
  { event: 'P2C-MMR-2023-LLDC', from: '2023-06-20', to: '2023-06-20', share: 0.035, hint: { group: 'LLDC' } },
  { event: null, from: '2023-06-21', to: '2023-09-16', share: 0.015 },
  { event: 'SDG-DIGITAL-2023', from: '2023-09-17', to: '2023-09-17', share: 0.04 },
  { event: null, from: '2023-09-18', to: '2023-10-09', share: 0.005 },
  { event: 'P2C-MMR-2023-AFRICA', from: '2023-10-10', to: '2023-10-10', share: 0.04, hint: { region: 'AFRICA' } },
  { event: null, from: '2023-10-11', to: '2023-12-11', share: 0.01 },
  { event: 'P2C-AM-2023', from: '2023-12-12', to: '2023-12-12', share: 0.052 },
  { event: null, from: '2023-12-13', to: '2023-12-31', share: 0.001 },
  { event: null, from: '2024-01-02', to: '2024-05-26', share: 0.017 },
  { event: 'WSIS-2024', from: '2024-05-27', to: '2024-05-31', share: 0.02 },
  { event: null, from: '2024-06-01', to: '2025-01-29', share: 0.025 },
  { event: 'P2C-AM-2025', from: '2025-01-30', to: '2025-01-30', share: 0.022 },
  { event: null, from: '2025-01-31', to: '2025-07-06', share: 0.008 },
  { event: 'WSIS-2025', from: '2025-07-07', to: '2025-07-11', share: 0.013 },
  { event: null, from: '2025-07-12', to: '2025-08-04', share: 0.003 },
  { event: 'LLDC3', from: '2025-08-05', to: '2025-08-08', share: 0.018, hint: { group: 'LLDC' } },
  { event: null, from: '2025-08-09', to: '2025-11-16', share: 0.006 },
  { event: 'WTDC-25', from: '2025-11-17', to: '2025-11-28', share: 0.022 },
];

/** The demo data's today: no timestamp is later, and what is due or overdue is so as of this day. */
export const DEMO_TODAY = '2025-12-19';

const BENEFICIARY_WEIGHTS: Record<string, Record<string, number>> = {
  ACCESS: { RURAL_AND_REMOTE_COMMUNITIES: 5, LOW_INCOME_HOUSEHOLDS: 3, SCHOOLS: 2, COMMUNITY_NETWORKS: 2, GENERAL_POPULATION: 3, HEALTH_WORKERS_AND_PATIENTS: 1 },
  ADOPTION: { YOUTH: 4, STUDENTS_AND_EDUCATORS: 3, CHILDREN: 2, PERSONS_WITH_DISABILITIES: 2, OLDER_PERSONS: 1, REFUGEES_AND_DISPLACED_PEOPLE: 1, INDIGENOUS_PEOPLES: 1 },
  VALUE_CREATION: { SMES: 4, ENTREPRENEURS_AND_STARTUPS: 4, YOUTH: 2, FARMERS: 1.5, GOVERNMENT_AGENCIES: 1.5 },
  ACCELERATE: { REGULATORS_AND_POLICY_MAKERS: 4, GOVERNMENT_AGENCIES: 3, SMES: 1, GENERAL_POPULATION: 1 },
};

const GROUP_PHRASES: Record<string, string> = {
  WOMEN_AND_GIRLS: 'women and girls', YOUTH: 'young people', CHILDREN: 'children', OLDER_PERSONS: 'older persons',
  PERSONS_WITH_DISABILITIES: 'persons with disabilities', INDIGENOUS_PEOPLES: 'indigenous peoples',
  REFUGEES_AND_DISPLACED_PEOPLE: 'refugees and displaced people', RURAL_AND_REMOTE_COMMUNITIES: 'rural communities',
  SMES: 'small business owners', ENTREPRENEURS_AND_STARTUPS: 'entrepreneurs', STUDENTS_AND_EDUCATORS: 'students and teachers',
  SCHOOLS: 'students', FARMERS: 'farmers', LOW_INCOME_HOUSEHOLDS: 'people in low-income households',
  HEALTH_WORKERS_AND_PATIENTS: 'health workers', GOVERNMENT_AGENCIES: 'civil servants',
  REGULATORS_AND_POLICY_MAKERS: 'regulators and policy makers', COMMUNITY_NETWORKS: 'community network operators',
  GENERAL_POPULATION: 'the general population',
};

const SDG_BASE_WEIGHTS: Record<number, number> = {
  9: 10, 4: 5, 10: 4.4, 5: 2.6, 17: 3, 8: 3, 1: 1.5, 3: 1.2, 11: 1.5, 16: 1, 13: 0.8, 2: 0.6, 7: 0.5, 6: 0.3, 12: 0.4, 14: 0.2, 15: 0.2,
};
const SDG_FOCUS_BOOST: Record<string, Record<number, number>> = {
  ACCESS: { 9: 4, 10: 1.5, 11: 0.5 },
  ADOPTION: { 4: 4, 10: 1.5, 5: 0.5 },
  VALUE_CREATION: { 8: 4, 9: 1 },
  ACCELERATE: { 17: 3, 16: 1, 9: 1 },
};

const REGION_PHRASES: Record<string, string> = {
  AFRICA: 'Africa', AMERICAS: 'the Americas', ARAB_STATES: 'the Arab States', ASIA_PACIFIC: 'Asia and the Pacific', CIS: 'the CIS region', EUROPE: 'Europe',
};
const GLOBAL_PLACES = [
  'in developing countries', 'worldwide', 'across the Global South', 'in low- and middle-income countries', 'in LDCs, LLDCs and SIDS',
  'in hard-to-connect areas worldwide',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

const DAY_MS = 86_400_000;

export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}
const dayStrings = new Map<number, string>();
export function dayString(n: number): string {
  let s = dayStrings.get(n);
  if (s === undefined) {
    s = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (dayStrings.size < 100_000) dayStrings.set(n, s);
  }
  return s;
}
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** ISO timestamp of a day plus seconds, as Date.toISOString() writes it. */
function timestamp(dayNum: number, seconds: number): string {
  const total = dayNum * 86400 + Math.round(seconds);
  const day = Math.floor(total / 86400);
  let rest = total - day * 86400;
  const h = Math.floor(rest / 3600);
  rest -= h * 3600;
  const m = Math.floor(rest / 60);
  return `${dayString(day)}T${pad2(h)}:${pad2(m)}:${pad2(rest - m * 60)}.000Z`;
}
function officeHours(rng: Random): number {
  return rng.int(7 * 3600, 18 * 3600);
}
function minIso(a: string, b: string): string {
  return a < b ? a : b;
}
function maxIso(a: string, b: string): string {
  return a > b ? a : b;
}

/** Whether the country belongs to the group on the given day (YYYY-MM-DD). */
export function inGroup(country: RefCountry, group: string, day: string): boolean {
  return country.groups.some((g) => g.group === group && (!g.since || g.since <= day) && (!g.until || day < g.until));
}

function formatInt(n: number): string {
  const s = String(Math.round(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Rounds to `digits` significant digits. */
function roundSignificant(x: number, digits: number): number {
  if (x <= 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(x)) - digits + 1);
  return Math.max(p, Math.round(x / p) * p);
}

/** "USD 250 million", "EUR 1.2 billion", "GBP 850,000". */
function formatMoney(amount: string, code: string): string {
  const x = Number(amount);
  const short = (v: number, unit: string) => `${code} ${Number(v.toPrecision(3)).toString()} ${unit}`;
  if (x >= 1e9) return short(x / 1e9, 'billion');
  if (x >= 1e6) return short(x / 1e6, 'million');
  return `${code} ${formatInt(x)}`;
}

function monthYear(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

function displayName(country: RefCountry): string {
  if (country.name.includes(' - ') && country.officialName) return country.officialName;
  return country.name.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ');
}

/** Countries whose name takes "the" in a sentence. */
const WITH_ARTICLE = new Set(['AE', 'BS', 'CD', 'CF', 'CG', 'DO', 'GB', 'GM', 'KM', 'MH', 'MV', 'NL', 'PH', 'SB', 'US', 'VA']);

/** The country's name after a preposition: "in the Philippines", "of Malawi". */
function nameInSentence(country: RefCountry): string {
  return WITH_ARTICLE.has(country.code) ? `the ${displayName(country)}` : displayName(country);
}

function joinList(items: readonly string[], serial = true): string {
  if (items.length <= 1) return items[0] ?? '';
  const serialComma = serial && (items.length > 2 || items.some((i) => i.includes(' and '))) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${serialComma} and ${items[items.length - 1]}`;
}

const DOMAIN_STOP = /(^|-)(of|the|and|for|in|de|la)(?=-|$)/g;

/** A DNS label for a member: its name without the small words. */
function domainLabel(name: string): string {
  return slug(slug(name, 200).replace(DOMAIN_STOP, '$1').replace(/--+/g, '-'), 48);
}

function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/g, '') || 'org';
}

const ACRONYM_STOP = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', '–', '-', 'de', 'la']);
function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !ACRONYM_STOP.has(w.toLowerCase()) && /^[A-Za-z]/.test(w))
    .map((w) => (/^[A-Z]{2,3}$/.test(w) ? w : w[0]!.toUpperCase()))
    .join('');
}

/** "Digital ID ..." → "digital ID ...", "E-commerce" → "e-commerce"; acronyms ("ICT", "USD", "4G") stay. */
function lowerFirst(text: string): string {
  if (text.length > 1 && /[A-Z]/.test(text[0]!) && !/[A-Z0-9]/.test(text[1]!)) return text[0]!.toLowerCase() + text.slice(1);
  return text;
}

function largestRemainder(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (total * s) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k]![1]]! += 1;
  return counts;
}

/** A fixed weighted pool for repeated O(log n) picks. */
class Pool<T> {
  readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(items: readonly T[], weight: (item: T) => number) {
    for (const item of items) {
      const w = weight(item);
      if (w > 0) {
        this.total += w;
        this.items.push(item);
        this.cumulative.push(this.total);
      }
    }
  }

  get size(): number {
    return this.items.length;
  }

  pick(rng: Random): T {
    return this.items[searchCumulative(this.cumulative, rng.next() * this.total)]!;
  }

  /** Up to k distinct items. */
  pickDistinct(rng: Random, k: number, exclude: ReadonlySet<T> = new Set()): T[] {
    const out: T[] = [];
    const seen = new Set<T>(exclude);
    for (let attempts = 0; out.length < k && attempts < k * 12; attempts++) {
      const item = this.pick(rng);
      if (!seen.has(item)) {
        seen.add(item);
        out.push(item);
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// Reference context
// ---------------------------------------------------------------------------

interface Rate {
  readonly day: number;
  readonly validFrom: string;
  readonly usdPerUnit: string;
}

class Context {
  readonly ref: DemoReference;
  /** Weight tables computed once per key. */
  readonly memo = new Map<string, unknown>();
  readonly regionById = new Map<number, RefRegion>();
  readonly regionByCode = new Map<string, RefRegion>();
  readonly countryByCode = new Map<string, RefCountry>();
  readonly countryById = new Map<number, RefCountry>();
  /** Countries that can be a home or a place of implementation: independent states with an ITU-D region. */
  readonly states: RefCountry[];
  readonly focusAreas: RefFocusArea[];
  readonly pillarsByArea = new Map<number, RefPillar[]>();
  readonly groupByCode = new Map<string, RefBeneficiaryGroup>();
  readonly sdgByNumber = new Map<number, RefSdg>();
  readonly eventByCode = new Map<string, RefEvent>();
  readonly eventById = new Map<number, RefEvent>();
  readonly currencyById = new Map<number, RefCurrency>();
  readonly ratesByCurrency = new Map<number, Rate[]>();
  readonly usd: RefCurrency | undefined;
  readonly targetCodes: readonly string[];
  private readonly poolCache = new Map<string, { ldc: Pool<RefCountry>; other: Pool<RefCountry>; all: Pool<RefCountry> }>();

  constructor(input: DemoReference) {
    // Canonical order, so that the output does not depend on the order (or ids) of the rows given.
    const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    const ref: DemoReference = {
      countries: [...input.countries].sort(byCode),
      ituRegions: [...input.ituRegions].sort(byCode),
      focusAreas: [...input.focusAreas].sort(byCode),
      pillars: [...input.pillars].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
      beneficiaryGroups: [...input.beneficiaryGroups].sort(byCode),
      sdgs: [...input.sdgs].sort((a, b) => a.number - b.number),
      events: [...input.events].sort(byCode),
      currencies: [...input.currencies].sort(byCode),
      connectivityTargets: [...input.connectivityTargets].sort(),
    };
    this.ref = ref;
    for (const r of ref.ituRegions) {
      this.regionById.set(r.id, r);
      this.regionByCode.set(r.code, r);
    }
    const countries = ref.countries;
    for (const c of countries) {
      this.countryByCode.set(c.code, c);
      this.countryById.set(c.id, c);
    }
    const states = countries.filter((c) => c.independent && c.ituRegionId !== null && this.regionById.has(c.ituRegionId));
    this.states = states.length ? states : [...countries];
    if (this.states.length === 0) throw new Error('the demo data needs at least one country');
    this.focusAreas = [...ref.focusAreas];
    if (this.focusAreas.length === 0) throw new Error('the demo data needs at least one focus area');
    for (const p of ref.pillars) {
      const list = this.pillarsByArea.get(p.focusAreaId) ?? [];
      list.push(p);
      this.pillarsByArea.set(p.focusAreaId, list);
    }
    for (const g of ref.beneficiaryGroups) this.groupByCode.set(g.code, g);
    for (const s of ref.sdgs) this.sdgByNumber.set(s.number, s);
    for (const e of ref.events) {
      this.eventByCode.set(e.code, e);
      this.eventById.set(e.id, e);
    }
    for (const c of ref.currencies) {
      this.currencyById.set(c.id, c);
      const rates = c.rates
        .map((r) => ({ day: dayNumber(r.validFrom), validFrom: r.validFrom, usdPerUnit: r.usdPerUnit }))
        .sort((a, b) => a.day - b.day);
      this.ratesByCurrency.set(c.id, rates);
    }
    this.usd = ref.currencies.find((c) => c.code === 'USD');
    this.targetCodes = ref.connectivityTargets;
  }

  regionCodeOf(country: RefCountry): string {
    return (country.ituRegionId !== null && this.regionById.get(country.ituRegionId)?.code) || 'EUROPE';
  }

  /** The latest rate in force on the day, if any. */
  rateOn(currencyId: number, day: string): Rate | undefined {
    const rates = this.ratesByCurrency.get(currencyId);
    if (!rates?.length) return undefined;
    const d = dayNumber(day);
    let found: Rate | undefined;
    for (const r of rates) {
      if (r.day <= d) found = r;
      else break;
    }
    return found;
  }

  /** Implementation-country pools on a day (LDC membership is dated), optionally narrowed by an event's hint. */
  pools(day: string, hint?: Segment['hint']): { ldc: Pool<RefCountry>; other: Pool<RefCountry>; all: Pool<RefCountry> } {
    const key = `${day}|${hint?.region ?? ''}|${hint?.group ?? ''}`;
    let pools = this.poolCache.get(key);
    if (!pools) {
      const matches = (c: RefCountry) =>
        (!hint?.region || this.regionCodeOf(c) === hint.region) && (!hint?.group || inGroup(c, hint.group, day));
      let candidates = this.states.filter(matches);
      if (candidates.length === 0) candidates = this.states;
      const weight = (c: RefCountry) => TARGET_REGION_WEIGHT[this.regionCodeOf(c)] ?? 1;
      pools = {
        ldc: new Pool(candidates.filter((c) => inGroup(c, 'LDC', day)), weight),
        other: new Pool(candidates.filter((c) => !inGroup(c, 'LDC', day)), weight),
        all: new Pool(candidates, weight),
      };
      if (hint && (pools.ldc.size === 0 || pools.other.size === 0)) {
        // A hint too narrow to honour both choices: fall back to all states for the missing side.
        const wide = this.pools(day);
        if (pools.ldc.size === 0) pools = { ...pools, ldc: wide.ldc };
        if (pools.other.size === 0) pools = { ...pools, other: wide.other };
      }
      this.poolCache.set(key, pools);
    }
    return pools;
  }
}

// ---------------------------------------------------------------------------
// Members and people
// ---------------------------------------------------------------------------

interface MemberDraft {
  name: string;
  acronym: string | null;
  sector: DemoSector;
  country: RefCountry;
  champion: boolean;
  website: string | null;
  description: string | null;
  joinKey: number;
  activity: number;
}

function cityOf(rng: Random, country: RefCountry): string {
  const cities = CITIES[country.code];
  return cities && cities.length ? rng.pick(cities) : displayName(country);
}

function fillPattern(rng: Random, pattern: string, country: RefCountry): string {
  return pattern
    .replace(/(of|in) \{C\}/, `$1 ${nameInSentence(country)}`)
    .replace('{C}', displayName(country))
    .replace('{City}', cityOf(rng, country))
    .replace('{W}', rng.pick(NAME_WORDS));
}

function generateMembers(rng: Random, ctx: Context, count: number): MemberDraft[] {
  const used = new Map<string, number>();
  const unique = (make: () => string): string => {
    let name = make();
    for (let i = 0; i < 6 && used.has(name); i++) name = make();
    const seen = used.get(name) ?? 0;
    used.set(name, seen + 1);
    if (seen > 0) {
      name = `${name} – Office ${seen + 1}`;
      used.set(name, 1);
    }
    return name;
  };

  const homeWeight = (c: RefCountry) => HOME_REGION_WEIGHT[ctx.regionCodeOf(c)] ?? 1;
  const privatePool = new Pool(ctx.states, (c) => HUB_WEIGHT[c.code] ?? 0.12 * homeWeight(c));
  const nonProfitPool = new Pool(ctx.states, (c) => 0.6 * (HUB_WEIGHT[c.code] ?? 0) + 0.25 * homeWeight(c));
  const govOrder = rng.weightedOrder(ctx.states.map((c) => homeWeight(c) * (inGroup(c, 'LDC', '2022-06-01') ? 1.25 : 1)));
  const govCountByCountry = new Map<number, number>();
  const anyState = () => rng.pick(ctx.states);

  const drafts: MemberDraft[] = [];
  const champions = CHAMPIONS.slice(0, Math.min(CHAMPIONS.length, Math.max(0, Math.floor(count / 40)), count));
  for (const c of champions) {
    used.set(c.name, 1);
    drafts.push({
      name: c.name,
      acronym: c.acronym ?? null,
      sector: c.sector as DemoSector,
      country: ctx.countryByCode.get(c.country) ?? anyState(),
      champion: true,
      website: c.website,
      description: c.description,
      joinKey: rng.next() * 0.03,
      activity: 8 + rng.next() * 10,
    });
  }

  const targets = largestRemainder(count, SECTOR_SHARES.map((s) => s[1]));
  const sectors: DemoSector[] = [];
  SECTOR_SHARES.forEach(([sector], i) => {
    const already = drafts.filter((d) => d.sector === sector).length;
    for (let k = already; k < targets[i]!; k++) sectors.push(sector);
  });
  while (sectors.length + drafts.length > count) sectors.pop();
  while (sectors.length + drafts.length < count) sectors.push('PRIVATE_SECTOR');
  rng.shuffle(sectors);

  let governments = 0;
  let internationals = 0;
  let unAgencies = 0;
  for (const sector of sectors) {
    let country: RefCountry;
    let name: string;
    let acronym: string | null = null;
    let joinKey = rng.next();
    switch (sector) {
      case 'GOVERNMENT': {
        // Some countries pledge through several ministries and agencies.
        const again = governments > 0 && rng.chance(0.18);
        country = ctx.states[govOrder[again ? rng.int(0, Math.min(governments, govOrder.length) - 1) : governments % govOrder.length]!]!;
        if (!again) governments++;
        const n = govCountByCountry.get(country.id) ?? 0;
        govCountByCountry.set(country.id, n + 1);
        const patterns = n === 0 ? GOVERNMENT_PATTERNS.slice(0, 5) : GOVERNMENT_PATTERNS;
        name = unique(() => fillPattern(rng, rng.pick(patterns), country));
        if (/(Authority|Agency|Fund|Office) of /.test(name) && rng.chance(0.6)) acronym = acronymOf(name);
        joinKey = Math.pow(joinKey, 2);
        break;
      }
      case 'PRIVATE_SECTOR': {
        country = privatePool.pick(rng);
        const suffixes = COMPANY_SUFFIXES[country.code] ?? ['Ltd', 'Group', 'Holdings', 'Ltd'];
        name = unique(() => {
          const roll = rng.next();
          const prefix = roll < 0.4 && CITIES[country.code] ? cityOf(rng, country) : roll < 0.55 ? displayName(country) : rng.pick(NAME_WORDS);
          const extra = rng.chance(0.15) ? ` ${rng.pick(NAME_WORDS)}` : '';
          return `${prefix}${extra} ${rng.pick(COMPANY_CORES)}${rng.chance(0.75) ? ` ${rng.pick(suffixes)}` : ''}`;
        });
        break;
      }
      case 'ACADEMIA':
        country = nonProfitPool.pick(rng);
        name = unique(() => fillPattern(rng, rng.pick(ACADEMIA_PATTERNS), country));
        if (rng.chance(0.3)) acronym = acronymOf(name);
        break;
      case 'CIVIL_SOCIETY':
        country = nonProfitPool.pick(rng);
        name = unique(() => fillPattern(rng, rng.pick(CIVIL_SOCIETY_PATTERNS), country));
        break;
      case 'INTERNATIONAL_ORGANIZATION': {
        // The named organisations first, then made-up ones, then regional offices.
        const k = internationals++;
        const combinations = ORGANIZATION_PREFIXES.length * ORGANIZATION_TOPICS.length * ORGANIZATION_KINDS.length;
        let base: string;
        let region: string | null;
        let host: string | undefined;
        if (k < INTERNATIONAL_ORGANIZATIONS.length) {
          [base, region, host] = INTERNATIONAL_ORGANIZATIONS[k]!;
        } else {
          const [prefix, prefixRegion] = rng.pick(ORGANIZATION_PREFIXES);
          base = `${prefix} ${rng.pick(ORGANIZATION_TOPICS)} ${rng.pick(ORGANIZATION_KINDS)}`;
          region = prefixRegion;
        }
        const office = k >= INTERNATIONAL_ORGANIZATIONS.length + combinations / 4;
        const inRegion = region ? ctx.states.filter((c) => ctx.regionCodeOf(c) === region) : ctx.states;
        const pool = inRegion.length ? inRegion : ctx.states;
        country = (host && ctx.countryByCode.get(host)) || (region ? rng.pick(pool) : privatePool.pick(rng));
        name = unique(() => (office ? `${base} – ${cityOf(rng, country)} Regional Office` : base));
        acronym = acronymOf(base);
        joinKey = Math.pow(joinKey, 1.3);
        break;
      }
      case 'UN_AGENCY': {
        const [base, host] = UN_AGENCIES[unAgencies % UN_AGENCIES.length]!;
        const round = Math.floor(unAgencies / UN_AGENCIES.length);
        unAgencies++;
        country = round === 0 ? (ctx.countryByCode.get(host) ?? anyState()) : ctx.states[govOrder[(unAgencies * 7) % govOrder.length]!]!;
        name = unique(() => (round === 0 ? base : `${base} – ${displayName(country)} Country Office`));
        acronym = acronymOf(base);
        joinKey = Math.pow(joinKey, 1.2);
        break;
      }
    }
    const domain = sector === 'PRIVATE_SECTOR' ? 'example.com' : 'example.org';
    const description = rng.chance(0.8)
      ? fillPattern(rng, rng.pick(MEMBER_DESCRIPTIONS[sector]!), country).replace('{topic}', rng.pick(MEMBER_TOPICS))
      : null;
    drafts.push({
      name,
      acronym,
      sector,
      country,
      champion: false,
      website: rng.chance(0.85) ? `https://${domainLabel(name)}.${domain}` : null,
      description,
      joinKey,
      activity: Math.min(rng.pareto(1, 1.7), 30) * ACTIVITY_BY_SECTOR[sector],
    });
  }
  // Members in the order they joined: the member index is the join rank.
  return drafts
    .map((d, i) => [d, i] as const)
    .sort((a, b) => a[0].joinKey - b[0].joinKey || a[1] - b[1])
    .map(([d]) => d);
}

function generatePeople(rng: Random, ctx: Context, members: readonly DemoMember[], drafts: readonly MemberDraft[]): DemoPerson[] {
  const people: DemoPerson[] = [];
  const emails = new Set<string>();
  const regions = Object.keys(FIRST_NAMES);
  members.forEach((member, memberIndex) => {
    const draft = drafts[memberIndex]!;
    const count = rng.chance(0.4) ? 2 : 1;
    const domain = `${domainLabel(draft.name)}.${draft.sector === 'PRIVATE_SECTOR' ? 'example.com' : 'example.org'}`;
    for (let k = 0; k < count; k++) {
      const home = ctx.regionCodeOf(draft.country);
      const region = rng.chance(0.8) && FIRST_NAMES[home] ? home : rng.pick(regions);
      const first = rng.pick(FIRST_NAMES[region]!);
      const last = rng.pick(LAST_NAMES[region]!);
      const local = `${slug(first, 20)}.${slug(last, 24)}`;
      let email = `${local}@${domain}`;
      for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}`;
      emails.add(email);
      const createdAt = new Date(Date.parse(member.createdAt) + rng.int(0, 3 * 86400) * 1000).toISOString();
      people.push({
        memberIndex,
        name: `${first} ${last}`,
        email,
        phone: null,
        jobTitle: rng.chance(0.9) ? rng.pick(JOB_TITLES[draft.sector]!) : null,
        createdAt,
        updatedAt: createdAt,
      });
    }
  });
  return people;
}

// ---------------------------------------------------------------------------
// Pledges
// ---------------------------------------------------------------------------

interface PledgeDraft {
  day: string;
  segment: Segment;
  eventId: number | null;
  status: DemoPledgeStatus;
  lead: number;
  partners: number[];
  type: DemoPledgeType;
  isGlobal: boolean;
  countries: RefCountry[];
  regions: RefRegion[];
  focusAreas: RefFocusArea[];
  pillars: RefPillar[];
  groups: RefBeneficiaryGroup[];
  sdgs: RefSdg[];
  hasValue: boolean;
  /** Pledges of billions, of hundreds of millions, or the rest. */
  tier: 'mega' | 'large' | 'normal';
  usd: number;
  amount: string | null;
  currency: RefCurrency | null;
  usdValue: string | null;
  rateDate: string | null;
  startDate: string | null;
  endDate: string | null;
  target: number | null;
}

/** The announcement day and segment of each pledge, in chronological order. */
function timeline(rng: Random, count: number): { day: string; segment: Segment }[] {
  const counts = largestRemainder(count, TIMELINE.map((s) => s.share));
  const out: { day: string; segment: Segment; n: number }[] = [];
  TIMELINE.forEach((segment, k) => {
    const from = dayNumber(segment.from);
    const to = dayNumber(segment.to);
    for (let j = 0; j < counts[k]!; j++) {
      let d = rng.int(from, to);
      if (segment.event === null) {
        const weekday = (d + 4) % 7; // 0 = Sunday
        if (weekday === 6) d = d - 1 >= from ? d - 1 : Math.min(d + 2, to);
        else if (weekday === 0) d = d + 1 <= to ? d + 1 : Math.max(d - 2, from);
      }
      out.push({ day: dayString(d), segment, n: out.length });
    }
  });
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.n - b.n));
}

function assignStatuses(rng: Random, count: number): DemoPledgeStatus[] {
  const statuses: DemoPledgeStatus[] = new Array<DemoPledgeStatus>(count).fill('PUBLISHED');
  const n = (share: number) => Math.round(count * share);
  const take = (k: number, from: number, to: number, status: DemoPledgeStatus) => {
    const candidates: number[] = [];
    for (let i = Math.max(0, from); i < Math.min(count, to); i++) if (statuses[i] === 'PUBLISHED') candidates.push(i);
    for (const i of rng.sample(candidates, k)) statuses[i] = status;
  };
  const s = SHAPE.statuses;
  const queue = n(s.DRAFT) + n(s.SUBMITTED) + n(s.CHANGES_REQUESTED);
  const recent = count - Math.max(Math.ceil(count * 0.06), queue * 3);
  take(n(s.SUBMITTED), recent, count, 'SUBMITTED');
  take(n(s.DRAFT), recent, count, 'DRAFT');
  take(n(s.CHANGES_REQUESTED), recent, count, 'CHANGES_REQUESTED');
  take(n(s.REJECTED), Math.floor(count * 0.15), count, 'REJECTED');
  take(n(s.WITHDRAWN), 0, Math.floor(count * 0.85), 'WITHDRAWN');
  return statuses;
}

/** Lead members: member r makes its first pledge at about N·(r/M)^(1/0.7); later pledges go to members who have joined, by activity. */
function leadMembers(rng: Random, drafts: readonly MemberDraft[], count: number): Int32Array {
  const m = drafts.length;
  const leads = new Int32Array(count).fill(-1);
  const firsts = Math.min(m, count);
  let previous = -1;
  for (let r = 0; r < firsts; r++) {
    const ideal = r === 0 ? 0 : Math.floor(count * Math.pow((r + 0.5) / m, 1 / 0.7));
    const slot = Math.min(Math.max(ideal, previous + 1), count - (firsts - r));
    leads[slot] = r;
    previous = slot;
  }
  const cumulative = new Float64Array(m);
  let total = 0;
  for (let r = 0; r < m; r++) {
    total += drafts[r]!.activity;
    cumulative[r] = total;
  }
  let joined = 0;
  for (let i = 0; i < count; i++) {
    if (leads[i]! >= 0) joined = leads[i]! + 1;
    else leads[i] = searchCumulative(cumulative, rng.next() * cumulative[joined - 1]!, joined);
  }
  return leads;
}

function pickType(rng: Random, sector: DemoSector): DemoPledgeType {
  return rng.weightedEntry(TYPE_BY_SECTOR[sector]);
}

function pickCount(rng: Random, weights: readonly number[], offset = 1): number {
  return offset + rng.weightedIndex(weights);
}

function scopeOf(
  rng: Random,
  ctx: Context,
  d: PledgeDraft,
  lead: MemberDraft,
): void {
  const day = d.day;
  const government = lead.sector === 'GOVERNMENT';
  const international = lead.sector === 'INTERNATIONAL_ORGANIZATION' || lead.sector === 'UN_AGENCY';
  const scope = government
    ? rng.weightedEntry([['countries', 0.78], ['both', 0.08], ['regions', 0.06], ['global', 0.08]] as const)
    : international
      ? rng.weightedEntry([['countries', 0.4], ['both', 0.14], ['regions', 0.22], ['global', 0.24]] as const)
      : rng.weightedEntry([['countries', 0.55], ['both', 0.12], ['regions', 0.12], ['global', 0.21]] as const);
  if (scope === 'global') {
    d.isGlobal = true;
    return;
  }
  const hint = d.segment.hint && rng.chance(0.65) ? d.segment.hint : undefined;
  if (scope === 'regions') {
    const regions = ctx.ref.ituRegions;
    if (regions.length === 0) {
      d.isGlobal = true;
      return;
    }
    const preferred = hint?.region ? ctx.regionByCode.get(hint.region) : undefined;
    const pool = new Pool(regions, (r) => (r === preferred ? 20 : (TARGET_REGION_WEIGHT[r.code] ?? 1)));
    d.regions = pool.pickDistinct(rng, rng.chance(0.75) ? 1 : 2);
    return;
  }
  const howMany = pickCount(rng, [0.5, 0.18, 0.13, 0.1, 0.09]);
  const pools = ctx.pools(day, hint);
  const chosen: RefCountry[] = [];
  let ldc: boolean;
  const home = lead.country;
  if (government && home.independent && d.type === 'POLICY') {
    // A government's policy pledge is about its own country.
    d.countries = [home];
    if (scope === 'both' && home.ituRegionId !== null) d.regions = [ctx.regionById.get(home.ituRegionId)!];
    return;
  }
  if (government && home.independent && rng.chance(0.9)) {
    chosen.push(home);
    ldc = inGroup(home, 'LDC', day) || (howMany > 1 && rng.chance(LDC_GIVEN_COUNTRIES * 0.6));
  } else {
    ldc = rng.chance(LDC_GIVEN_COUNTRIES);
  }
  const hasLdc = () => chosen.some((c) => inGroup(c, 'LDC', day));
  if (ldc && !hasLdc() && pools.ldc.size) chosen.push(pools.ldc.pick(rng));
  const rest = ldc ? pools.all : pools.other;
  if (rest.size) chosen.push(...rest.pickDistinct(rng, howMany - chosen.length, new Set(chosen)));
  d.countries = chosen;
  if (scope === 'both') {
    const ids = new Set<number>();
    for (const c of chosen) if (c.ituRegionId !== null && ids.size < 2) ids.add(c.ituRegionId);
    d.regions = [...ids].map((id) => ctx.regionById.get(id)!).filter(Boolean);
  }
  if (d.countries.length === 0 && d.regions.length === 0) d.isGlobal = true;
}

function memo<T>(ctx: Context, key: string, make: () => T): T {
  let value = ctx.memo.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    ctx.memo.set(key, value);
  }
  return value;
}

function themeOf(rng: Random, ctx: Context, d: PledgeDraft): void {
  const areaWeights = memo(ctx, `areas:${d.type}`, () => {
    const weights: Record<string, number> = { ACCESS: 0.36, ADOPTION: 0.34, VALUE_CREATION: 0.14, ACCELERATE: 0.16 };
    if (d.type === 'POLICY') weights.ACCELERATE = 0.6;
    if (d.type === 'FINANCIAL') weights.ACCELERATE = 0.3;
    return ctx.focusAreas.map((a) => weights[a.code] ?? 0.15);
  });
  const areas = rng.weightedSample(ctx.focusAreas, areaWeights, rng.chance(0.3) ? 2 : 1);
  d.focusAreas = areas;
  const withPillars = areas.filter((a) => (ctx.pillarsByArea.get(a.id)?.length ?? 0) > 0);
  const pillarWeight = (p: RefPillar) => (p.published ? 1 : 0.15);
  const total = withPillars.length === 0 ? 0 : withPillars.length === 1 ? pickCount(rng, [0.55, 0.3, 0.15]) : pickCount(rng, [0.7, 0.3], 2);
  const pillars: RefPillar[] = [];
  for (const area of withPillars) {
    const list = ctx.pillarsByArea.get(area.id)!;
    pillars.push(rng.weighted(list, list.map(pillarWeight)));
  }
  const candidates = withPillars.flatMap((a) => ctx.pillarsByArea.get(a.id)!).filter((p) => !pillars.includes(p));
  pillars.push(...rng.weightedSample(candidates, candidates.map(pillarWeight), total - pillars.length));
  d.pillars = pillars;

  const primary = areas[0]!.code;
  const women = ctx.groupByCode.get('WOMEN_AND_GIRLS');
  const groupCount = pickCount(rng, [0.3, 0.35, 0.22, 0.13]);
  const groups: RefBeneficiaryGroup[] = [];
  const womenChance = primary === 'ADOPTION' ? SHAPE.womenShare + 0.1 : primary === 'ACCELERATE' ? SHAPE.womenShare - 0.12 : SHAPE.womenShare - 0.02;
  if (women && rng.chance(womenChance)) groups.push(women);
  const [others, weights] = memo(ctx, `groups:${primary}`, () => {
    const list = ctx.ref.beneficiaryGroups.filter((g) => g !== women);
    return [list, list.map((g) => BENEFICIARY_WEIGHTS[primary]?.[g.code] ?? 0.3)] as const;
  });
  groups.push(...rng.weightedSample(others, weights, groupCount - groups.length));
  if (groups.length === 0 && ctx.ref.beneficiaryGroups.length) groups.push(rng.pick(ctx.ref.beneficiaryGroups));
  d.groups = groups;

  const sdgs = ctx.ref.sdgs;
  const withWomen = women !== undefined && groups.includes(women);
  const sdgWeights = memo(ctx, `sdgs:${primary}:${withWomen}`, () => {
    const boost = SDG_FOCUS_BOOST[primary] ?? {};
    return sdgs.map((s) => (SDG_BASE_WEIGHTS[s.number] ?? 0.3) + (boost[s.number] ?? 0) + (s.number === 5 && withWomen ? 0.6 : 0));
  });
  d.sdgs = rng.weightedSample(sdgs, sdgWeights, pickCount(rng, [0.25, 0.35, 0.25, 0.15])).sort((a, b) => a.number - b.number);
}

const USD_RATE: Rate = { day: 0, validFrom: '', usdPerUnit: '1' };

/** Same rule as ReferenceService.toUsd: USD keeps the day, other currencies the rate's date. */
function inUsd(amount: Decimal, currency: RefCurrency, rate: Rate, day: string): { usdValue: string; rateDate: string } {
  if (currency.code === 'USD') return { usdValue: amount.toFixed(2), rateDate: day };
  return { usdValue: amount.mul(rate.usdPerUnit).toDecimalPlaces(2).toFixed(2), rateDate: rate.validFrom };
}

/** Pledge values: a few mega pledges of billions, some large ones, a log-normal body; scaled to the coalition's total. */
function assignValues(rng: Random, ctx: Context, drafts: PledgeDraft[], leads: readonly MemberDraft[]): void {
  const valued = drafts.map((d, i) => (d.hasValue ? i : -1)).filter((i) => i >= 0);
  if (valued.length === 0) return;
  const sectorWeight: Record<DemoSector, number> = {
    GOVERNMENT: 2.5, PRIVATE_SECTOR: 2, INTERNATIONAL_ORGANIZATION: 4, UN_AGENCY: 2, CIVIL_SOCIETY: 0.2, ACADEMIA: 0.1,
  };
  const typeWeight: Record<DemoPledgeType, number> = { FINANCIAL: 3, PROGRAMMATIC: 1.5, POLICY: 0.1, ADVOCACY: 0.1 };
  const bigWeight = (i: number, champion: number) => {
    const d = drafts[i]!;
    const lead = leads[d.lead]!;
    const area = d.focusAreas[0]?.code;
    return (
      (lead.champion ? champion : sectorWeight[lead.sector]) *
      typeWeight[d.type] *
      (area === 'ACCESS' || area === 'ACCELERATE' ? 2 : 0.6) *
      (d.day < '2023-01-01' ? 2 : 1) *
      (d.status === 'PUBLISHED' ? 1 : 0.2)
    );
  };
  const megaCount = valued.length >= 20 ? Math.max(1, Math.round(valued.length * 0.0135)) : 0;
  const largeCount = Math.round(valued.length * 0.06);
  const order = rng.weightedOrder(valued.map((i) => bigWeight(i, 25)));
  const mega = new Set(order.slice(0, megaCount).map((k) => valued[k]!));
  const rest = valued.filter((i) => !mega.has(i));
  const largeOrder = rng.weightedOrder(rest.map((i) => bigWeight(i, 6)));
  const large = new Set(largeOrder.slice(0, largeCount).map((k) => rest[k]!));

  for (const i of mega) drafts[i]!.tier = 'mega';
  for (const i of large) drafts[i]!.tier = 'large';
  let sum = 0;
  for (const i of valued) {
    const d = drafts[i]!;
    let usd: number;
    if (mega.has(i)) usd = Math.min(Math.max(rng.lognormal(2.0e9, 0.45), 1.15e9), 6e9);
    else if (large.has(i)) usd = Math.min(Math.max(rng.lognormal(2.6e8, 0.55), 1.0e8), 9.5e8);
    else if (d.type === 'FINANCIAL') usd = Math.min(Math.max(rng.lognormal(1.5e7, 1.5), 5e4), 9e7);
    else if (d.type === 'PROGRAMMATIC') usd = Math.min(Math.max(rng.lognormal(2e6, 1.6), 2e4), 9e7);
    else usd = Math.min(Math.max(rng.lognormal(5e5, 1.2), 1e4), 3e7);
    d.usd = usd;
    sum += usd;
  }
  const factor = (SHAPE.usdPerPledge * drafts.length) / sum;
  for (const i of valued) {
    const d = drafts[i]!;
    const lead = leads[d.lead]!;
    const usd = d.usd * factor;
    const rateDay = d.day;
    let currency = ctx.usd ?? null;
    let rate: Rate | undefined = USD_RATE;
    const homeCurrency = lead.country.currencyId;
    if (!lead.champion && homeCurrency !== null && homeCurrency !== ctx.usd?.id && rng.chance(HOME_CURRENCY_BY_SECTOR[lead.sector])) {
      const homeRate = ctx.rateOn(homeCurrency, rateDay);
      if (homeRate) {
        currency = ctx.currencyById.get(homeCurrency)!;
        rate = homeRate;
      }
    }
    if (!currency) {
      // No USD in the reference data: fall back to any currency with a rate.
      const any = ctx.ref.currencies.find((c) => ctx.rateOn(c.id, rateDay));
      if (!any) continue;
      currency = any;
      rate = ctx.rateOn(any.id, rateDay)!;
    }
    const raw = usd / Number(rate.usdPerUnit);
    const roll = rng.next();
    const nice = mega.has(i) || large.has(i) ? roundSignificant(raw, rng.chance(0.7) ? 2 : 3) : roll < 0.62 ? roundSignificant(raw, 2) : roll < 0.9 ? roundSignificant(raw, 3) : Math.round(raw);
    const amount = new Decimal(nice.toFixed(0));
    d.currency = currency;
    d.amount = amount.toFixed(2);
    ({ usdValue: d.usdValue, rateDate: d.rateDate } = inUsd(amount, currency, rate, rateDay));
  }
}

function placePhrase(rng: Random, ctx: Context, d: PledgeDraft): string {
  if (d.isGlobal) return rng.pick(GLOBAL_PLACES);
  if (d.countries.length === 0) {
    const names = d.regions.map((r) => REGION_PHRASES[r.code] ?? r.name);
    return `${rng.chance(0.5) ? 'across' : 'in'} ${joinList(names)}`;
  }
  const names = d.countries.map(nameInSentence);
  if (names.length <= 3) return `in ${joinList(names)}`;
  const regionIds = new Set(d.countries.map((c) => c.ituRegionId));
  if (regionIds.size === 1 && rng.chance(0.6)) {
    const region = ctx.regionById.get([...regionIds][0]!);
    if (region) return `in ${names.length} countries across ${REGION_PHRASES[region.code] ?? region.name}`;
  }
  return `in ${names[0]}, ${names[1]} and ${names.length - 2} other countries`;
}

function groupPhrase(groups: readonly RefBeneficiaryGroup[]): string {
  for (const g of groups) {
    const phrase = GROUP_PHRASES[g.code];
    if (phrase && g.code !== 'GENERAL_POPULATION') return phrase;
  }
  return 'young people';
}

/** "women and girls, youth and the general population". */
function groupList(groups: readonly RefBeneficiaryGroup[]): string {
  return joinList(groups.map((g) => (g.code === 'GENERAL_POPULATION' ? 'the general population' : lowerFirst(g.name))));
}

/** A round number, log-uniform between the template's bounds. */
function roundCount(rng: Random, min = 10, max = 1000): number {
  return roundSignificant(Math.exp(rng.float(Math.log(min), Math.log(max))), 2);
}

/** Fills a title template; when its number counts people, it becomes the pledge's target. */
function fillTitle(rng: Random, template: TitleTemplate, place: string, d: PledgeDraft): string {
  const [text, min, max, counts] = template;
  let out = text.replace('{place}', place).replace('{group}', groupPhrase(d.groups));
  if (out.includes('{n}')) {
    const n = roundCount(rng, min, max);
    out = out.replace('{n}', formatInt(n));
    if (counts === 'people' && d.target !== null) d.target = n;
  }
  if (out.includes('{amount}')) out = out.replace('{amount}', d.amount && d.currency ? formatMoney(d.amount, d.currency.code) : 'Funding');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Ends a sentence with a full stop, not two ("... S.A. de C.V."). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

const LARGE_PILLARS = new Set(['infrastructure', 'investment-mobilisation', 'innovative-financing-mechanisms']);

/** The member's name as used in a sentence: "the Ministry of ...", "Kigali Fibre Networks Ltd". */
function memberInSentence(member: MemberDraft, startOfSentence = false): string {
  const article =
    member.sector !== 'PRIVATE_SECTOR' &&
    !member.champion &&
    /^(UN |Government|Ministry|National|Universal|Digital Transformation|University|School|Faculty|Regional|Global|International|Inter-|Pan-|Multilateral|Pacific|Arab|Asia|Eurasian|Sahel|Caribbean|Mekong|Andean|Indian|Nordic|European|East|Gulf|Open)|(Foundation|Trust|Association|Network|Alliance|Society|Institute|Forum|Authority|Agency|Fund|Office)$/.test(
      member.name,
    );
  return article ? `${startOfSentence ? 'The' : 'the'} ${member.name}` : member.name;
}

function texts(rng: Random, ctx: Context, d: PledgeDraft, members: readonly MemberDraft[]): { title: string; description: string } {
  const place = placePhrase(rng, ctx, d);
  const primaryPillar = d.pillars[0];
  let templates: readonly TitleTemplate[];
  let typeTitle = true;
  const lead = members[d.lead]!;
  const governmentPolicy = d.type === 'POLICY' && lead.sector === 'GOVERNMENT' && d.countries.length === 1 && d.countries[0] === lead.country;
  if (governmentPolicy && rng.chance(0.85)) templates = GOVERNMENT_POLICY_TITLES;
  else if (d.type === 'POLICY') templates = POLICY_TITLES;
  else if (d.type === 'ADVOCACY') templates = ADVOCACY_TITLES;
  else if (d.type === 'FINANCIAL' && d.amount && rng.chance(d.tier === 'normal' ? 0.35 : 0.5)) templates = FINANCIAL_TITLES;
  else if (d.tier !== 'normal' && !(primaryPillar && LARGE_PILLARS.has(primaryPillar.slug))) templates = LARGE_TITLES;
  else {
    typeTitle = false;
    templates = (primaryPillar && TITLES_BY_PILLAR[primaryPillar.slug]) || TITLES_BY_FOCUS_AREA[d.focusAreas[0]!.code] || GENERIC_TITLES;
  }
  const title = fillTitle(rng, rng.pick(templates), place, d).slice(0, 300);

  const sentences: string[] = [];
  if (/^[A-Z]{3} [\d.,]+/.test(title)) sentences.push(sentence(`${memberInSentence(lead, true)} commits ${title}`));
  else {
    const openers = /^[A-Z][a-z]+ing /.test(title) ? GERUND_OPENERS : NOUN_OPENERS;
    sentences.push(
      rng
        .pick(openers)
        .replace('{Lead}', memberInSentence(lead, true))
        .replace('{lead}', memberInSentence(lead))
        .replace('{title}', lowerFirst(title)),
    );
  }
  const second = typeTitle ? TYPE_SENTENCES[governmentPolicy ? 'GOVERNMENT_POLICY' : d.type] : primaryPillar ? PILLAR_SENTENCES[primaryPillar.slug] : undefined;
  if (second && rng.chance(0.85)) sentences.push(rng.pick(second));
  if (d.groups.length) {
    const reach = d.target ? `, with the aim of reaching ${formatInt(d.target)} people` : '';
    sentences.push(`It is designed for ${groupList(d.groups)}${reach}.`);
  }
  if (d.partners.length) sentences.push(sentence(`It is delivered in partnership with ${joinList(d.partners.map((p) => memberInSentence(members[p]!)))}`));
  if (d.amount && d.currency) sentences.push(`The estimated value of the pledge is ${formatMoney(d.amount, d.currency.code)}.`);
  if (d.startDate && d.endDate) sentences.push(`Implementation runs from ${monthYear(d.startDate)} to ${monthYear(d.endDate)}.`);
  if (d.sdgs.length) {
    const parts = d.sdgs.map((s) => (s.title ? `SDG ${s.number} (${s.title})` : `SDG ${s.number}`));
    sentences.push(`It contributes to ${joinList(parts, false)}.`);
  }
  if (d.eventId !== null) {
    const event = ctx.eventById.get(d.eventId);
    if (event) sentences.push(rng.pick(EVENT_SENTENCES).replace('{event}', event.name));
  }
  return { title, description: sentences.join(' ') };
}

// ---------------------------------------------------------------------------
// Progress reports
// ---------------------------------------------------------------------------

/** One cycle per year, opened each October and due at the end of January; the last one is still open on DEMO_TODAY. */
const REPORTING_YEARS = [2022, 2023, 2024, 2025] as const;
/** Share of published pledges whose pledgers never report: as the years pass, they become overdue. */
const NEVER_REPORTS = 0.3;
/** Of the reports of the open cycle, the share still being written. */
const OPEN_CYCLE_DRAFTS = 0.07;
/** Of the open cycle's accepted reports, the share a curator sent back instead (at least one). */
const RETURNED_SHARE = 0.006;

/** The connectivity targets that a pledge's reports name, by pillar and by beneficiary group. */
const TARGETS_BY_PILLAR: Record<string, readonly string[]> = {
  infrastructure: ['COVERAGE', 'SPEED', 'HOUSEHOLDS'],
  affordability: ['AFFORDABILITY', 'DEVICES'],
  cybersecurity: ['SAFETY'],
  skills: ['SKILLS', 'UNIVERSAL_USE'],
  'digital-inclusion': ['GENDER_PARITY', 'RURAL_PARITY', 'YOUTH_AND_AGE'],
  'local-content-and-services': ['UNIVERSAL_USE', 'HOUSEHOLDS'],
  'digital-innovation-and-entrepreneurship': ['BUSINESSES'],
  'digital-transformation-of-enterprises': ['BUSINESSES'],
  'digital-public-services': ['UNIVERSAL_USE'],
  'green-digital-economy': ['COVERAGE'],
  'enabling-policy-and-regulation': ['AFFORDABILITY', 'COVERAGE'],
  'investment-mobilisation': ['COVERAGE', 'SPEED'],
  'innovative-financing-mechanisms': ['COVERAGE', 'AFFORDABILITY'],
};
const TARGETS_BY_GROUP: Record<string, readonly string[]> = {
  WOMEN_AND_GIRLS: ['GENDER_PARITY'], RURAL_AND_REMOTE_COMMUNITIES: ['RURAL_PARITY'], YOUTH: ['YOUTH_AND_AGE'], CHILDREN: ['YOUTH_AND_AGE'],
  OLDER_PERSONS: ['YOUTH_AND_AGE'], SCHOOLS: ['SCHOOLS'], STUDENTS_AND_EDUCATORS: ['SCHOOLS', 'SKILLS'], SMES: ['BUSINESSES'],
  ENTREPRENEURS_AND_STARTUPS: ['BUSINESSES'], LOW_INCOME_HOUSEHOLDS: ['AFFORDABILITY', 'DEVICES'],
};

function generateReportingCycles(rng: Random): DemoReportingCycle[] {
  const today = dayNumber(DEMO_TODAY);
  return REPORTING_YEARS.map((year) => {
    const openedAt = timestamp(dayNumber(`${year}-10-01`), officeHours(rng));
    const closed = dayNumber(`${year + 1}-03-31`);
    const closedAt = closed < today ? timestamp(closed, officeHours(rng)) : null;
    return { year, dueOn: `${year + 1}-01-31`, openedAt, closedAt, createdAt: openedAt, updatedAt: closedAt ?? openedAt, version: closedAt ? 2 : 1 };
  });
}

/** What stays the same across a pledge's reports. */
interface ReportPlan {
  /** Chance of reporting in a cycle the pledge owes. */
  readonly diligence: number;
  /** In the pledge's currency; null when the pledger does not report money. */
  readonly amount: number | null;
  /** Share of the pledge's value disbursed by the end. */
  readonly spent: number;
  /** People reached once the pledge is done; null when the pledger does not count people. */
  readonly reach: number | null;
  readonly womenShare: number | null;
  readonly groupShares: readonly (readonly [RefBeneficiaryGroup, number])[];
  readonly targets: readonly string[];
  /** Tokens of the evidence links. */
  readonly lead: string;
  readonly topic: string;
}

function reportPlan(rng: Random, ctx: Context, d: PledgeDraft, pledge: DemoPledge, lead: string): ReportPlan {
  const target = pledge.targetBeneficiaries;
  const counted = target !== null || rng.chance(d.type === 'POLICY' ? 0.3 : 0.85);
  const reach = !counted ? null : target !== null ? Math.floor(target * rng.float(0.6, 1)) : Math.min(roundSignificant(rng.lognormal(6000, 1.6), 2), 5_000_000);
  const women = d.groups.some((g) => g.code === 'WOMEN_AND_GIRLS');
  const groupShares = rng.chance(0.6) ? d.groups.filter((_, i) => i === 0 || rng.chance(0.7)).map((g) => [g, rng.float(0.1, 1)] as const) : [];
  const candidates = [...new Set([...d.pillars.flatMap((p) => TARGETS_BY_PILLAR[p.slug] ?? []), ...d.groups.flatMap((g) => TARGETS_BY_GROUP[g.code] ?? [])])];
  const known = candidates.filter((c) => ctx.targetCodes.includes(c));
  return {
    diligence: rng.float(0.45, 1),
    amount: pledge.amount !== null && rng.chance(0.9) ? Number(pledge.amount) : null,
    spent: rng.float(0.75, 1),
    reach,
    womenShare: reach !== null && rng.chance(0.8) ? (women ? rng.float(0.45, 0.8) : rng.float(0.3, 0.52)) : null,
    groupShares,
    targets: rng.sample(known.length ? known : ctx.targetCodes, pickCount(rng, [0.35, 0.4, 0.25])).sort(),
    lead,
    topic: slug(pledge.title, 300).slice(0, 48).replace(/-[^-]*$/, ''),
  };
}

/** Next year's implementation status: pledges past their end date tend to complete, or to slip. */
function nextImplementationStatus(rng: Random, previous: DemoImplementationStatus | null, d: PledgeDraft, year: number): DemoImplementationStatus {
  const yearEnd = `${year}-12-31`;
  switch (previous) {
    case null:
      if (d.startDate !== null && d.startDate > yearEnd) return 'NOT_STARTED';
      return rng.weightedEntry([['IN_PROGRESS', 0.88], ['NOT_STARTED', 0.07], ['DELAYED', 0.05]]);
    case 'NOT_STARTED':
      return rng.weightedEntry([['IN_PROGRESS', 0.75], ['NOT_STARTED', 0.1], ['DELAYED', 0.1], ['CANCELLED', 0.05]]);
    case 'DELAYED':
      return rng.weightedEntry([['IN_PROGRESS', 0.55], ['DELAYED', 0.3], ['COMPLETED', 0.07], ['CANCELLED', 0.08]]);
    default:
      return d.endDate !== null && d.endDate <= yearEnd
        ? rng.weightedEntry([['IN_PROGRESS', 0.6], ['COMPLETED', 0.25], ['DELAYED', 0.15]])
        : rng.weightedEntry([['IN_PROGRESS', 0.92], ['COMPLETED', 0.025], ['DELAYED', 0.045], ['CANCELLED', 0.01]]);
  }
}

/** Share of the pledge done after a year with this status, from `done` before it. */
function progressAfter(rng: Random, status: DemoImplementationStatus, done: number): number {
  switch (status) {
    case 'NOT_STARTED':
      return done;
    case 'IN_PROGRESS':
      return done + (1 - done) * rng.float(0.2, 0.5);
    case 'COMPLETED':
      return 1;
    default:
      return done + (1 - done) * rng.float(0, 0.1);
  }
}

/** `k` sentences from distinct templates, filled in; templates counting people are left out when the report counts none. */
function reportSentences(rng: Random, templates: readonly TitleTemplate[], k: number, d: PledgeDraft, people: number | null, year: number): string {
  const usable = people === null ? templates.filter((t) => !t[0].includes('{people}')) : templates;
  return rng
    .sample(usable, k)
    .map(([text, min, max]) =>
      text
        .replace('{n}', () => formatInt(rng.int(min ?? 2, max ?? 20)))
        .replace('{group}', groupPhrase(d.groups))
        .replace('{people}', formatInt(people ?? 0))
        .replace('{year}', String(year)),
    )
    .join(' ');
}

interface ReportNarrative {
  readonly stepsTaken: string;
  readonly outcomes: string;
  readonly challenges: string;
}

function narrative(rng: Random, d: PledgeDraft, status: DemoImplementationStatus, people: number | null, year: number): ReportNarrative {
  const say = (templates: readonly TitleTemplate[], k: number) => reportSentences(rng, templates, k, d, people, year);
  const steps =
    status === 'NOT_STARTED'
      ? REPORT_STEPS.START
      : d.type === 'PROGRAMMATIC'
        ? REPORT_STEPS.ACTIVE
        : d.type === 'FINANCIAL'
          ? [...REPORT_STEPS.FINANCIAL, ...REPORT_STEPS.ACTIVE]
          : REPORT_STEPS[d.type];
  const outcomes = status === 'COMPLETED' ? REPORT_OUTCOMES.COMPLETED : d.type === 'POLICY' ? REPORT_OUTCOMES.POLICY : REPORT_OUTCOMES.ACTIVE;
  const setback = status === 'DELAYED' || status === 'CANCELLED' ? REPORT_CHALLENGES[status] : null;
  return {
    stepsTaken: say(steps, rng.int(1, 2)),
    outcomes: status === 'NOT_STARTED' ? '' : say(outcomes, setback ? rng.int(0, 1) : rng.int(1, 2)),
    challenges: setback ? [say(setback, 1), say(REPORT_CHALLENGES.ANY, rng.int(0, 1))].filter(Boolean).join(' ') : say(REPORT_CHALLENGES.ANY, rng.chance(0.6) ? 1 : 0),
  };
}

/** When a report was started, submitted and decided on, and so its status. */
function reportTimes(rng: Random, cycle: DemoReportingCycle) {
  const today = dayNumber(DEMO_TODAY);
  const opened = dayNumber(cycle.openedAt.slice(0, 10));
  if (cycle.closedAt === null && rng.chance(OPEN_CYCLE_DRAFTS)) {
    const created = rng.int(opened + 3, today - 1);
    const createdAt = timestamp(created, officeHours(rng));
    const edited = rng.chance(0.5);
    const updatedAt = edited ? maxIso(createdAt, timestamp(Math.min(today - 1, created + rng.int(0, 20)), officeHours(rng))) : createdAt;
    return { status: 'DRAFT' as const, createdAt, updatedAt, submittedAt: null, decidedAt: null, version: edited ? 2 : 1, lastEdit: updatedAt };
  }
  const due = dayNumber(cycle.dueOn);
  // Most pledgers report by the due date, some in the weeks after it.
  const submitted =
    cycle.closedAt === null ? rng.int(opened + 5, today - 1) : rng.chance(0.85) ? rng.int(opened + 5, due) : rng.int(due + 1, dayNumber(cycle.closedAt.slice(0, 10)) - 1);
  const submittedAt = timestamp(submitted, officeHours(rng));
  const createdAt = minIso(maxIso(timestamp(Math.max(opened, submitted - rng.int(0, 25)), officeHours(rng)), cycle.openedAt), submittedAt);
  const decided = submitted + rng.int(1, cycle.closedAt === null ? 12 : 21);
  if (decided >= today) return { status: 'SUBMITTED' as const, createdAt, updatedAt: submittedAt, submittedAt, decidedAt: null, version: 2, lastEdit: submittedAt };
  const decidedAt = timestamp(decided, officeHours(rng));
  return { status: 'ACCEPTED' as const, createdAt, updatedAt: decidedAt, submittedAt, decidedAt, version: 3, lastEdit: submittedAt };
}

/**
 * Reports of published pledges for the cycles they owe (published when the cycle opened), until their
 * implementation is completed or cancelled. Figures add up: amounts disbursed (yearly) stay within the
 * pledge's value, people reached (since the start) grow and stay within its target.
 */
function generateReports(
  rng: Random,
  ctx: Context,
  drafts: readonly PledgeDraft[],
  pledges: readonly DemoPledge[],
  members: readonly MemberDraft[],
  cycles: readonly DemoReportingCycle[],
): DemoProgressReport[] {
  const reports: DemoProgressReport[] = [];
  const labels = new Map<number, string>();
  pledges.forEach((pledge, pledgeIndex) => {
    if (pledge.status !== 'PUBLISHED' || rng.chance(NEVER_REPORTS)) return;
    const d = drafts[pledgeIndex]!;
    let lead = labels.get(d.lead);
    if (lead === undefined) labels.set(d.lead, (lead = domainLabel(members[d.lead]!.name)));
    const plan = reportPlan(rng, ctx, d, pledge, lead);
    let status: DemoImplementationStatus | null = null;
    let done = 0;
    let disbursed = 0;
    for (const cycle of cycles) {
      if (status === 'COMPLETED' || status === 'CANCELLED') break;
      if (pledge.publishedAt! > cycle.openedAt || !rng.chance(plan.diligence)) continue;
      const year = cycle.year;
      status = nextImplementationStatus(rng, status, d, year);
      done = progressAfter(rng, status, done);
      const times = reportTimes(rng, cycle);

      let money: Pick<DemoProgressReport, 'amountDisbursed' | 'currencyId' | 'disbursedUsd' | 'rateDate'> = { amountDisbursed: null, currencyId: null, disbursedUsd: null, rateDate: null };
      const total = plan.amount === null ? 0 : Math.min(plan.amount, Math.floor(roundSignificant(plan.amount * plan.spent * done, 3)));
      if (total > disbursed && d.currency) {
        // The rule of ProgressReportService.assign: the rate in force on the year's last day, or on the day of writing if earlier.
        const day = minIso(`${year}-12-31`, times.lastEdit.slice(0, 10));
        const amount = new Decimal(total).sub(disbursed);
        const isUsd = d.currency.code === 'USD';
        const rate = isUsd ? undefined : ctx.rateOn(d.currency.id, day);
        if (isUsd || rate) {
          money = {
            amountDisbursed: amount.toFixed(2),
            currencyId: d.currency.id,
            disbursedUsd: rate ? amount.mul(rate.usdPerUnit).toDecimalPlaces(2).toFixed(2) : amount.toFixed(2),
            rateDate: rate ? rate.validFrom : day,
          };
          disbursed = total;
        }
      }

      const people = plan.reach === null || status === 'NOT_STARTED' ? null : Math.min(plan.reach, Math.floor(roundSignificant(plan.reach * done, 3)));
      const womenReached = people === null || plan.womenShare === null ? null : Math.floor(people * plan.womenShare);
      const reachByGroup: Record<string, number> = {};
      if (people) {
        for (const [group, share] of plan.groupShares) {
          reachByGroup[String(group.id)] = group.code === 'WOMEN_AND_GIRLS' && womenReached !== null ? womenReached : Math.floor(people * share);
        }
      }
      const links = rng.sample(EVIDENCE_LINKS, times.status === 'DRAFT' ? rng.int(0, 1) : pickCount(rng, [0.25, 0.4, 0.25, 0.1], 0));
      reports.push({
        pledgeIndex,
        year,
        status: times.status,
        statusReason: null,
        implementationStatus: status,
        ...money,
        peopleReached: people,
        womenReached,
        reachByGroup,
        ...narrative(rng, d, status, people, year),
        targetCodes: plan.targets,
        evidenceLinks: links.map((l) => l.replace('{lead}', plan.lead).replace('{topic}', plan.topic).replace('{year}', String(year))),
        createdAt: times.createdAt,
        updatedAt: times.updatedAt,
        submittedAt: times.submittedAt,
        decidedAt: times.decidedAt,
        version: times.version,
      });
    }
  });
  const openYear = cycles.find((c) => c.closedAt === null)?.year;
  const decided = reports.flatMap((r, i) => (r.year === openYear && r.status === 'ACCEPTED' ? [i] : []));
  const returned = decided.length ? Math.max(1, Math.round(decided.length * RETURNED_SHARE)) : 0;
  for (const i of rng.sample(decided, returned)) reports[i] = { ...reports[i]!, status: 'RETURNED', statusReason: rng.pick(REPORT_RETURN_REASONS) };
  return reports;
}

// ---------------------------------------------------------------------------
// Country needs and matches
// ---------------------------------------------------------------------------

/**
 * Who a roundtable is for, when not simply the countries of its region: the Pacific one is for the
 * Pacific island states, not the other small island states of Asia-Pacific; the LLDC one for the
 * landlocked countries of every region.
 */
const ROUNDTABLE_SCOPE: Record<string, { readonly codes?: readonly string[]; readonly group?: string }> = {
  'P2C-MMR-2023-PACIFIC': { codes: ['FJ', 'FM', 'KI', 'MH', 'NR', 'PG', 'PW', 'SB', 'TO', 'TV', 'VU', 'WS'] },
  'P2C-MMR-2023-LLDC': { group: 'LLDC' },
};
const ROUNDTABLE_COUNTRIES = { min: 6, max: 12 } as const;
/** Needs per roundtable, its regional ones included. */
const ROUNDTABLE_NEEDS = { min: 40, max: 80 } as const;
/** Needs of a roundtable's whole region, when it is for one. */
const REGIONAL_NEEDS = 2;
const FINANCIAL_NEED_SHARE = 0.75;
/** Of the financial needs, those that want a partner to run a programme rather than money alone. */
const PROGRAMMATIC_FINANCIAL_SHARE = 0.2;
const NON_FINANCIAL_MODALITIES: readonly (readonly [DemoPledgeType, number])[] = [['PROGRAMMATIC', 0.45], ['POLICY', 0.35], ['ADVOCACY', 0.2]];
/** Funding gaps in USD, before rounding in the need's currency, which moves them by 5% at most: gaps stay within USD 200k to 50M. */
const NEED_GAP_USD = { median: 3e6, sigma: 1.1, min: 2.2e5, max: 4.5e7 } as const;
/** Probability that a financial need is costed in its country's currency rather than USD. */
const LOCAL_CURRENCY_NEEDS = 0.4;
/** Needs still being written or curated were added after the roundtable, as its follow-up. */
const NEED_STATUSES: readonly (readonly [DemoNeedStatus, number])[] = [['PUBLISHED', 0.88], ['SUBMITTED', 0.07], ['DRAFT', 0.05]];
const NEED_AREA_WEIGHTS: Record<DemoPledgeType, Record<string, number>> = {
  FINANCIAL: { ACCESS: 0.5, ADOPTION: 0.2, VALUE_CREATION: 0.15, ACCELERATE: 0.15 },
  PROGRAMMATIC: { ACCESS: 0.25, ADOPTION: 0.45, VALUE_CREATION: 0.2, ACCELERATE: 0.1 },
  POLICY: { ACCESS: 0.25, ADOPTION: 0.1, VALUE_CREATION: 0.15, ACCELERATE: 0.5 },
  ADVOCACY: { ACCESS: 0.2, ADOPTION: 0.5, VALUE_CREATION: 0.15, ACCELERATE: 0.15 },
};
/** LDCs bring their most pressing needs. */
const NEED_PRIORITIES: Record<'LDC' | 'OTHER', readonly (readonly [DemoNeedPriority, number])[]> = {
  LDC: [['HIGH', 0.6], ['MEDIUM', 0.3], ['LOW', 0.1]],
  OTHER: [['HIGH', 0.3], ['MEDIUM', 0.45], ['LOW', 0.25]],
};
/** Beneficiary groups that a need's title speaks of. */
const GROUPS_NAMED: readonly (readonly [RegExp, string])[] = [
  [/women|gender/i, 'WOMEN_AND_GIRLS'],
  [/rural|villages|atolls|outer islands|last-mile/i, 'RURAL_AND_REMOTE_COMMUNITIES'],
  [/schools/i, 'SCHOOLS'],
  [/teachers|curriculum/i, 'STUDENTS_AND_EDUCATORS'],
  [/health/i, 'HEALTH_WORKERS_AND_PATIENTS'],
  [/farmers|agricultur/i, 'FARMERS'],
  [/SMEs|cooperatives/i, 'SMES'],
  [/start-ups|innovation hub|incubators|entrepreneurship/i, 'ENTREPRENEURS_AND_STARTUPS'],
  [/households/i, 'LOW_INCOME_HOUSEHOLDS'],
  [/disabilities/i, 'PERSONS_WITH_DISABILITIES'],
  [/public officials|government|digital ID/i, 'GOVERNMENT_AGENCIES'],
  [/law|regulat|spectrum|framework|policy|reform/i, 'REGULATORS_AND_POLICY_MAKERS'],
  [/child|online safety/i, 'CHILDREN'],
];
/**
 * The statuses of the oldest roundtable's matches, two years on: most carried through, some still
 * waiting for a side to confirm, one fallen through.
 */
const MATCH_PLAN: readonly DemoMatchStatus[] = ['CLOSED', 'CLOSED', 'IN_IMPLEMENTATION', 'IN_IMPLEMENTATION', 'IN_IMPLEMENTATION', 'AGREED', 'AGREED', 'PROPOSED', 'PROPOSED', 'DECLINED'];
/** Matched among the best few pledges of a need, not always the very best. */
const MATCH_CHOICES = 3;
/** At benchmark scale a need has thousands of candidate pledges: the best of a few hundred pair as well, in a fraction of the time. */
const MATCH_CANDIDATES = 400;

function needTimes(rng: Random, roundtableDay: number, status: DemoNeedStatus) {
  if (status === 'PUBLISHED') {
    // Gathered in the weeks before the roundtable and curated in time for it.
    const created = roundtableDay - rng.int(30, 75);
    const createdAt = timestamp(created, officeHours(rng));
    const submitted = created + rng.int(0, 10);
    const submittedAt = maxIso(createdAt, timestamp(submitted, officeHours(rng)));
    const publishedAt = timestamp(submitted + rng.int(2, 14), officeHours(rng));
    return { created, createdAt, submittedAt, publishedAt, updatedAt: publishedAt, version: 3 };
  }
  const today = dayNumber(DEMO_TODAY);
  const created = today - rng.int(5, 90);
  const createdAt = timestamp(created, officeHours(rng));
  if (status === 'DRAFT') return { created, createdAt, submittedAt: null, publishedAt: null, updatedAt: createdAt, version: 1 };
  const submittedAt = maxIso(createdAt, timestamp(Math.min(today - 1, created + rng.int(0, 4)), officeHours(rng)));
  return { created, createdAt, submittedAt, publishedAt: null, updatedAt: submittedAt, version: 2 };
}

/** A funding gap costed on the day the need was written, in the country's currency or in USD. */
function needGap(rng: Random, ctx: Context, country: RefCountry | null, day: string) {
  const usd = Math.min(Math.max(rng.lognormal(NEED_GAP_USD.median, NEED_GAP_USD.sigma), NEED_GAP_USD.min), NEED_GAP_USD.max);
  const home = country?.currencyId ?? null;
  const homeRate = home !== null && home !== ctx.usd?.id && rng.chance(LOCAL_CURRENCY_NEEDS) ? ctx.rateOn(home, day) : undefined;
  // Needs are only financial when the reference has USD.
  const currency = homeRate ? ctx.currencyById.get(home!)! : ctx.usd!;
  const rate = homeRate ?? USD_RATE;
  const amount = new Decimal(roundSignificant(usd / Number(rate.usdPerUnit), rng.chance(0.6) ? 2 : 3).toFixed(0));
  return { amount: amount.toFixed(2), currency, ...inUsd(amount, currency, rate, day) };
}

/** Groups the title names, then others likely for the focus area; {group} in the title speaks of the first of the others. */
function needGroups(rng: Random, ctx: Context, text: string, area: RefFocusArea): RefBeneficiaryGroup[] {
  const named = GROUPS_NAMED.filter(([pattern]) => pattern.test(text)).flatMap(([, code]) => ctx.groupByCode.get(code) ?? []);
  const unique = [...new Set(named)];
  const wanted = Math.max(text.includes('{group}') ? unique.length + 1 : 0, pickCount(rng, [0.35, 0.45, 0.2]));
  const others = ctx.ref.beneficiaryGroups.filter((g) => !unique.includes(g));
  const extra = rng.weightedSample(others, others.map((g) => BENEFICIARY_WEIGHTS[area.code]?.[g.code] ?? 0.3), wanted - unique.length);
  return [...extra, ...unique];
}

function fillNeedText(rng: Random, [text, min, max]: TitleTemplate, area: string, groups: readonly RefBeneficiaryGroup[]): string {
  const out = text
    .replace('{area}', area)
    .replace('{region}', area)
    .replace('{group}', groupPhrase(groups))
    .replace('{n}', () => formatInt(roundCount(rng, min, max)));
  return out.charAt(0).toUpperCase() + out.slice(1);
}

interface NeedPlan {
  readonly event: RefEvent;
  readonly country: RefCountry | null;
  readonly region: RefRegion | null;
  readonly area: RefFocusArea;
  readonly pillar: RefPillar;
  readonly modality: DemoPledgeType;
  readonly financial: boolean;
  readonly template: TitleTemplate;
  /** What is wrong today; drawn from the pillar's when not given. */
  readonly situation?: TitleTemplate;
  readonly memberIndex: number | null;
}

function makeNeed(rng: Random, ctx: Context, plan: NeedPlan): DemoNeed {
  const { event, country, area, modality } = plan;
  const status = rng.weightedEntry(NEED_STATUSES);
  const times = needTimes(rng, dayNumber(event.startDate), status);
  const written = dayString(times.created);
  const gap = plan.financial ? needGap(rng, ctx, country, written) : null;
  const place = country
    ? rng.pick(inGroup(country, 'SIDS', event.startDate) ? NEED_AREAS.ISLANDS : NEED_AREAS.MAINLAND)
    : REGION_PHRASES[plan.region!.code] ?? plan.region!.name;
  const groups = needGroups(rng, ctx, plan.template[0].replace('{area}', place), area);
  const title = fillNeedText(rng, plan.template, place, groups).slice(0, 300);
  const year = Number(written.slice(0, 4)) - rng.int(0, 1);
  const source = rng.pick(country ? NEED_SOURCES : NEED_REGIONAL_SOURCES).replace('{year}', String(year)).replace('{next}', String(year + 5));

  const sentences: string[] = [];
  const situation = plan.situation ?? (NEED_SITUATIONS[plan.pillar.slug] && rng.pick(NEED_SITUATIONS[plan.pillar.slug]!));
  if (situation) sentences.push(fillNeedText(rng, situation, place, groups));
  const money = gap ? formatMoney(gap.amount, gap.currency.code) : '';
  sentences.push(rng.pick(NEED_ASKS[modality]).replace('{Who}', country ? 'The government' : 'The regional initiative').replace('{money}', money));
  if (gap && modality !== 'FINANCIAL') sentences.push(`The funding gap is ${money}.`);
  sentences.push(`It is meant for ${groupList(groups)}.`);
  sentences.push(`It was identified in the ${source}.`);
  sentences.push(status === 'PUBLISHED' ? `It was presented at the ${event.name}.` : `It follows up on the ${event.name}.`);

  const start = status === 'PUBLISHED' ? dayNumber(event.startDate) + rng.int(-30, 180) : times.created + rng.int(30, 240);
  const ldc = country !== null && inGroup(country, 'LDC', event.startDate);
  return {
    eventId: event.id,
    title,
    description: sentences.join(' '),
    countryId: country?.id ?? null,
    regionId: country ? null : plan.region!.id,
    focusAreaId: area.id,
    pillarId: plan.pillar.id,
    beneficiaryGroupIds: groups.map((g) => g.id),
    modality,
    amount: gap?.amount ?? null,
    currencyId: gap?.currency.id ?? null,
    gapUsd: gap?.usdValue ?? null,
    rateDate: gap?.rateDate ?? null,
    priority: rng.weightedEntry(NEED_PRIORITIES[ldc ? 'LDC' : 'OTHER']),
    startDate: dayString(start),
    endDate: dayString(start + rng.int(1, 4) * 365 + rng.int(-20, 20)),
    source,
    status,
    memberIndex: plan.memberIndex,
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    submittedAt: times.submittedAt,
    publishedAt: times.publishedAt,
    version: times.version,
  };
}

const NEED_TITLES: Record<DemoPledgeType, Record<string, readonly TitleTemplate[]>> = {
  FINANCIAL: NEED_TITLES_BY_PILLAR,
  PROGRAMMATIC: NEED_TITLES_BY_PILLAR,
  POLICY: NEED_POLICY_TITLES,
  ADVOCACY: NEED_ADVOCACY_TITLES,
};

/** What a country asks for: its modality, then a pillar with a title for that modality, in a focus area likely for it. */
function planCountryNeed(rng: Random, ctx: Context, event: RefEvent, country: RefCountry, memberIndex: number | null): NeedPlan | null {
  const financial = rng.chance(FINANCIAL_NEED_SHARE) && ctx.usd !== undefined;
  const modality = financial ? (rng.chance(PROGRAMMATIC_FINANCIAL_SHARE) ? 'PROGRAMMATIC' : 'FINANCIAL') : rng.weightedEntry(NON_FINANCIAL_MODALITIES);
  const titles = NEED_TITLES[modality];
  const areaOf = (p: RefPillar) => ctx.focusAreas.find((a) => a.id === p.focusAreaId);
  const all = ctx.ref.pillars.filter((p) => areaOf(p));
  const titled = all.filter((p) => titles[p.slug]);
  const pillars = titled.length ? titled : all;
  if (!pillars.length) return null;
  const pillar = rng.weighted(pillars, pillars.map((p) => (NEED_AREA_WEIGHTS[modality][areaOf(p)!.code] ?? 0.15) * (p.published ? 1 : 0.15)));
  const template = rng.pick(titles[pillar.slug] ?? NEED_GENERIC_TITLES);
  return { event, country, region: null, area: areaOf(pillar)!, pillar, modality, financial, template, memberIndex };
}

/** Needs of the roundtable's whole region, from the regional templates whose focus area and pillar the reference has. */
function planRegionalNeeds(rng: Random, ctx: Context, event: RefEvent, region: RefRegion): NeedPlan[] {
  const usable = NEED_REGIONAL.flatMap(([title, areaCode, slug, modality, situation]) => {
    const area = ctx.focusAreas.find((a) => a.code === areaCode);
    const pillar = area && ctx.pillarsByArea.get(area.id)?.find((p) => p.slug === slug);
    if (!area || !pillar || (modality === 'FINANCIAL' && !ctx.usd)) return [];
    return [{ event, country: null, region, area, pillar, modality, financial: modality === 'FINANCIAL', template: [title] as TitleTemplate, situation: [situation] as TitleTemplate, memberIndex: null }];
  });
  return rng.sample(usable, REGIONAL_NEEDS);
}

/**
 * The reference's matchmaking roundtables, oldest first, each with 6 to 12 countries it is for (none
 * at two roundtables) and their needs: mostly published in time for the roundtable, a few added since.
 */
function generateNeeds(rng: Random, ctx: Context, members: readonly MemberDraft[]): { roundtables: DemoRoundtable[]; needs: DemoNeed[] } {
  const governments = new Map<number, number[]>();
  members.forEach((m, i) => {
    if (m.sector !== 'GOVERNMENT') return;
    const list = governments.get(m.country.id);
    if (list) list.push(i);
    else governments.set(m.country.id, [i]);
  });
  const events = ctx.ref.events
    .filter((e) => e.kind === 'MATCHMAKING_ROUNDTABLE')
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const invited = new Set<number>();
  const roundtables: DemoRoundtable[] = [];
  const needs: DemoNeed[] = [];
  for (const event of events) {
    const day = event.startDate;
    const scope = ROUNDTABLE_SCOPE[event.code];
    const region = event.regionId !== null ? ctx.regionById.get(event.regionId) : undefined;
    const pool = ctx.states.filter(
      (c) =>
        !invited.has(c.id) &&
        (scope?.codes ? scope.codes.includes(c.code) : !region || c.ituRegionId === region.id) &&
        (!scope?.group || inGroup(c, scope.group, day)),
    );
    if (!pool.length) continue;
    const size = Math.min(pool.length, rng.int(ROUNDTABLE_COUNTRIES.min, ROUNDTABLE_COUNTRIES.max));
    // LDCs, and countries whose government is a member and can speak for its needs, are invited first.
    const weights = pool.map((c) => (inGroup(c, 'LDC', day) ? 2 : 1) * (governments.has(c.id) ? 1.5 : 1));
    const countries = rng.weightedSample(pool, weights, size).sort((a, b) => (a.code < b.code ? -1 : 1));
    for (const c of countries) invited.add(c.id);
    roundtables.push({ eventId: event.id, countryIds: countries.map((c) => c.id) });

    const regional = region ? planRegionalNeeds(rng, ctx, event, region) : [];
    const total = rng.int(ROUNDTABLE_NEEDS.min, ROUNDTABLE_NEEDS.max) - regional.length;
    const counts = largestRemainder(total, countries.map((c) => (inGroup(c, 'LDC', day) ? 1.4 : 1) * rng.float(0.6, 1.4)));
    const plans: NeedPlan[] = [];
    countries.forEach((country, k) => {
      const government = governments.get(country.id);
      for (let j = 0; j < counts[k]!; j++) {
        const plan = planCountryNeed(rng, ctx, event, country, government ? rng.pick(government) : null);
        if (plan) plans.push(plan);
      }
    });
    for (const plan of [...plans, ...regional]) needs.push(makeNeed(rng, ctx, plan));
  }
  return { roundtables, needs };
}

const PRIORITY_GROUPS = ['LDC', 'LLDC', 'SIDS'];

/** What scorePair knows of a need, as match-facts reads it from the database (ITU-D regions suffice: pledges name no others). */
function needFactsOf(ctx: Context, need: DemoNeed, remainingGapUsd: number | null, day: string): NeedFacts {
  const country = need.countryId !== null ? ctx.countryById.get(need.countryId)! : null;
  return {
    countryId: need.countryId,
    regionIds: new Set(country ? (country.ituRegionId !== null ? [country.ituRegionId] : []) : [need.regionId!]),
    focusAreaId: need.focusAreaId,
    pillarId: need.pillarId,
    beneficiaryGroupIds: new Set(need.beneficiaryGroupIds),
    modality: need.modality,
    remainingGapUsd,
    startDate: need.startDate,
    endDate: need.endDate,
    priority: need.priority,
    inPriorityCountryGroup: country !== null && PRIORITY_GROUPS.some((g) => inGroup(country, g, day)),
  };
}

function pledgeFactsOf(ctx: Context, pledge: DemoPledge): Omit<PledgeFacts, 'remainingUsd'> {
  return {
    published: pledge.status === 'PUBLISHED',
    isGlobal: pledge.isGlobal,
    countryIds: new Set(pledge.countryIds),
    regionIds: new Set(pledge.regionIds),
    countryRegionIds: new Set(pledge.countryIds.flatMap((id) => ctx.countryById.get(id)?.ituRegionId ?? [])),
    focusAreaIds: new Set(pledge.focusAreaIds),
    pillarIds: new Set(pledge.pillarIds),
    beneficiaryGroupIds: new Set(pledge.beneficiaryGroupIds),
    type: pledge.type,
    startDate: pledge.startDate,
    endDate: pledge.endDate,
  };
}

/** The lifecycle of a match made at the roundtable: proposed within days, then confirmed by both sides, implemented, closed. */
function matchTimes(rng: Random, roundtableDay: number, status: DemoMatchStatus) {
  const today = dayNumber(DEMO_TODAY) - 1;
  let last = '';
  const at = (day: number) => (last = maxIso(last, timestamp(Math.min(day, today), officeHours(rng))));
  const created = roundtableDay + rng.int(0, 2);
  const createdAt = at(created);
  const proposed = created + rng.int(1, 14);
  at(proposed);
  const times = { createdAt, pledgerConfirmedAt: null as string | null, countryConfirmedAt: null as string | null, statusReason: null as string | null, version: 2 };
  if (status === 'DECLINED') {
    at(proposed + rng.int(5, 60));
    return { ...times, statusReason: rng.pick(MATCH_DECLINE_REASONS), updatedAt: last, version: 3 };
  }
  if (status === 'PROPOSED') {
    if (rng.chance(0.5)) return { ...times, pledgerConfirmedAt: at(proposed + rng.int(3, 40)), updatedAt: last, version: 3 };
    return { ...times, updatedAt: last };
  }
  const [first, second] = [proposed + rng.int(3, 40), proposed + rng.int(3, 40)].sort((a, b) => a - b) as [number, number];
  const pledgerFirst = rng.chance(0.5);
  const firstAt = at(first);
  const secondAt = at(second);
  const confirmed = { ...times, pledgerConfirmedAt: pledgerFirst ? firstAt : secondAt, countryConfirmedAt: pledgerFirst ? secondAt : firstAt };
  if (status === 'AGREED') return { ...confirmed, updatedAt: last, version: 4 };
  const started = second + rng.int(20, 120);
  at(started);
  if (status === 'IN_IMPLEMENTATION') return { ...confirmed, updatedAt: last, version: 5 };
  at(started + rng.int(200, 600));
  return { ...confirmed, updatedAt: last, version: 6 };
}

/**
 * Matches of the oldest roundtable, as its organizers would have made them from the suggestions: each
 * of its published needs paired with one of its best-scoring published pledges announced before the
 * roundtable, amounts within what is left of the pledge's value and of the need's gap.
 */
function generateMatches(rng: Random, ctx: Context, roundtables: readonly DemoRoundtable[], needs: readonly DemoNeed[], pledges: readonly DemoPledge[]): DemoMatch[] {
  const event = roundtables[0] && ctx.eventById.get(roundtables[0].eventId);
  if (!event) return [];
  const day = event.startDate;
  const byCountry = new Map<number, number[]>();
  const byRegion = new Map<number, number[]>();
  const byCountryRegion = new Map<number, number[]>();
  const global: number[] = [];
  const add = (map: Map<number, number[]>, key: number, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  pledges.forEach((p, i) => {
    if (p.status !== 'PUBLISHED' || p.publishedAt! >= day) return;
    if (p.isGlobal) global.push(i);
    for (const id of p.countryIds) {
      add(byCountry, id, i);
      const region = ctx.countryById.get(id)?.ituRegionId;
      if (region != null) add(byCountryRegion, region, i);
    }
    for (const id of p.regionIds) add(byRegion, id, i);
  });

  const facts = new Map<number, Omit<PledgeFacts, 'remainingUsd'>>();
  const factsOf = (i: number) => {
    let f = facts.get(i);
    if (!f) facts.set(i, (f = pledgeFactsOf(ctx, pledges[i]!)));
    return f;
  };
  const pledgeLeft = new Map<number, Decimal>();
  const leftOf = (i: number) => pledgeLeft.get(i) ?? (pledges[i]!.usdValue === null ? null : new Decimal(pledges[i]!.usdValue!));
  const queue = rng.shuffle(needs.flatMap((n, i) => (n.eventId === event.id && n.status === 'PUBLISHED' ? [i] : [])));
  const matches: DemoMatch[] = [];
  for (const status of MATCH_PLAN) {
    for (let needIndex = queue.pop(); needIndex !== undefined; needIndex = queue.pop()) {
      const need = needs[needIndex]!;
      const needFacts = needFactsOf(ctx, need, need.gapUsd === null ? null : Number(need.gapUsd), day);
      const region = need.countryId === null ? need.regionId! : ctx.countryById.get(need.countryId)!.ituRegionId;
      const score = (candidates: readonly number[]) =>
        rng
          .sample([...new Set(candidates)], MATCH_CANDIDATES)
          // Financial needs are matched with pledges that have value left to commit.
          .filter((i) => need.gapUsd === null || (leftOf(i)?.gte(1) ?? false))
          .map((i) => ({ i, result: scorePair(needFacts, { ...factsOf(i), remainingUsd: leftOf(i)?.toNumber() ?? null }) }))
          .filter((s) => s.result.eligible)
          .sort((a, b) => b.result.score - a.result.score || a.i - b.i);
      const local = [
        ...(need.countryId !== null ? (byCountry.get(need.countryId) ?? []) : (byCountryRegion.get(region!) ?? [])),
        ...(region !== null ? (byRegion.get(region) ?? []) : []),
      ];
      // Pledges for the need's own country or region first; global ones when those offer too few.
      let scored = score(local);
      if (scored.length < MATCH_CHOICES) scored = score([...local, ...global]);
      if (!scored.length) continue;
      const { i: pledgeIndex, result } = rng.pick(scored.slice(0, MATCH_CHOICES));
      let amountUsd: string | null = null;
      if (need.gapUsd !== null) {
        const room = Decimal.min(new Decimal(need.gapUsd), leftOf(pledgeIndex)!);
        const amount = Decimal.min(new Decimal(room.toNumber() * rng.float(0.3, 1)).toSignificantDigits(2, Decimal.ROUND_DOWN), room);
        amountUsd = amount.toFixed(2);
        if (status !== 'DECLINED') pledgeLeft.set(pledgeIndex, leftOf(pledgeIndex)!.sub(amount));
      }
      matches.push({
        needIndex,
        pledgeIndex,
        eventId: event.id,
        status,
        amountUsd,
        score: result.score,
        components: result.components,
        ...matchTimes(rng, dayNumber(day), status),
      });
      break;
    }
  }
  return matches;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/** Generates the demonstration members, people, pledges, reports, needs and matches. Pure and deterministic. */
export function generateDemoData(reference: DemoReference, options: DemoOptions): DemoData {
  const memberCount = Math.max(1, Math.floor(options.members));
  const pledgeCount = Math.max(0, Math.floor(options.pledges));
  const ctx = new Context(reference);
  const root = new Random(options.seed);
  const rMembers = root.fork(1);
  const rPledges = root.fork(2);
  const rValues = root.fork(3);
  const rText = root.fork(4);
  const rTimes = root.fork(5);
  const rPeople = root.fork(6);
  const rReports = root.fork(7);
  const rNeeds = root.fork(8);

  const memberDrafts = generateMembers(rMembers, ctx, memberCount);
  const days = timeline(rPledges, pledgeCount);
  const statuses = assignStatuses(rPledges, pledgeCount);
  const leads = leadMembers(rPledges, memberDrafts, pledgeCount);

  const partnerCumulative = new Float64Array(memberDrafts.length);
  let running = 0;
  memberDrafts.forEach((m, i) => {
    running += Math.sqrt(m.activity);
    partnerCumulative[i] = running;
  });

  const drafts: PledgeDraft[] = [];
  let joined = 0;
  for (let i = 0; i < pledgeCount; i++) {
    const { day, segment } = days[i]!;
    const leadIndex = leads[i]!;
    joined = Math.max(joined, leadIndex + 1);
    const lead = memberDrafts[leadIndex]!;
    const type = pickType(rPledges, lead.sector);
    const event = segment.event ? ctx.eventByCode.get(segment.event) : undefined;
    const d: PledgeDraft = {
      day,
      segment,
      eventId: event?.id ?? null,
      status: statuses[i]!,
      lead: leadIndex,
      partners: [],
      type,
      isGlobal: false,
      countries: [],
      regions: [],
      focusAreas: [],
      pillars: [],
      groups: [],
      sdgs: [],
      hasValue: type === 'FINANCIAL' || rPledges.chance(type === 'PROGRAMMATIC' ? 0.88 : type === 'POLICY' ? 0.12 : 0.08),
      tier: 'normal',
      usd: 0,
      amount: null,
      currency: null,
      usdValue: null,
      rateDate: null,
      startDate: null,
      endDate: null,
      target: null,
    };
    scopeOf(rPledges, ctx, d, lead);
    themeOf(rPledges, ctx, d);

    const partnerCount = joined > 1 ? pickCount(rPledges, [0.55, 0.25, 0.13, 0.07], 0) : 0;
    const partners = new Set<number>();
    for (let attempts = 0; partners.size < partnerCount && attempts < 20; attempts++) {
      const p = searchCumulative(partnerCumulative, rPledges.next() * partnerCumulative[joined - 1]!, joined);
      if (p !== leadIndex) partners.add(p);
    }
    d.partners = [...partners].sort((a, b) => a - b);

    const start = dayNumber(day) + (type === 'POLICY' ? rPledges.int(-120, 90) : rPledges.int(-30, 150));
    const noDates = rPledges.chance(0.03);
    d.startDate = noDates ? null : dayString(start);
    d.endDate = noDates || rPledges.chance(0.06) ? null : dayString(start + pickCount(rPledges, [0.15, 0.3, 0.3, 0.15, 0.1]) * 365 + rPledges.int(-20, 20));
    const targetChance = type === 'PROGRAMMATIC' ? 0.6 : type === 'FINANCIAL' ? 0.4 : 0.2;
    d.target = rPledges.chance(targetChance) ? Math.min(roundSignificant(rPledges.lognormal(20000, 2.0), 2), 200_000_000) : null;
    if (d.target !== null && d.target < 50) d.target = 50;
    drafts.push(d);
  }

  assignValues(rValues, ctx, drafts, memberDrafts);
  // Pledges that were never published were never announced.
  for (const d of drafts) if (d.status !== 'PUBLISHED' && d.status !== 'WITHDRAWN') d.eventId = null;

  // Statuses, references and timestamps, in announcement order.
  const pledges: DemoPledge[] = [];
  const firstActivity = new Array<string | undefined>(memberDrafts.length);
  let lastReference = 0;
  for (const d of drafts) {
    const base = dayNumber(d.day);
    const published = d.status === 'PUBLISHED' || d.status === 'WITHDRAWN';
    let createdAt: string;
    let updatedAt: string;
    let submittedAt: string | null = null;
    let publishedAt: string | null = null;
    let version: number;
    let statusReason: string | null = null;
    if (published) {
      const submitted = base - rTimes.int(2, 40);
      submittedAt = timestamp(submitted, officeHours(rTimes));
      createdAt = minIso(timestamp(submitted - rTimes.int(0, 14), officeHours(rTimes)), submittedAt);
      publishedAt = timestamp(base + (d.eventId !== null ? 0 : rTimes.int(0, 2)), officeHours(rTimes));
      updatedAt = publishedAt;
      version = 3;
      if (d.status === 'WITHDRAWN') {
        updatedAt = minIso(timestamp(base + rTimes.int(30, 400), officeHours(rTimes)), `${DEMO_TODAY}T12:00:00.000Z`);
        version = 4;
        statusReason = rTimes.pick(REASONS.WITHDRAWN);
      } else if (rTimes.chance(0.2)) {
        updatedAt = minIso(timestamp(base + rTimes.int(1, 300), officeHours(rTimes)), `${DEMO_TODAY}T12:00:00.000Z`);
        if (updatedAt < publishedAt) updatedAt = publishedAt;
        else version = 4;
      }
    } else {
      // The timeline day is the last change: saved as a draft, submitted, or returned by a curator.
      const submitted = d.status === 'SUBMITTED' ? base : base - rTimes.int(3, 20);
      createdAt = timestamp(submitted - rTimes.int(0, 14), officeHours(rTimes));
      if (d.status === 'DRAFT') {
        updatedAt = timestamp(base, officeHours(rTimes));
        version = 1;
      } else if (d.status === 'SUBMITTED') {
        submittedAt = timestamp(base, officeHours(rTimes));
        updatedAt = submittedAt;
        version = 2;
      } else {
        submittedAt = timestamp(submitted, officeHours(rTimes));
        updatedAt = timestamp(base, officeHours(rTimes));
        version = 3;
        statusReason = rTimes.pick(REASONS[d.status as 'CHANGES_REQUESTED' | 'REJECTED']);
      }
      if (submittedAt !== null && submittedAt < createdAt) createdAt = submittedAt;
      if (updatedAt < createdAt) updatedAt = createdAt;
    }
    for (const m of [d.lead, ...d.partners]) {
      const first = firstActivity[m];
      if (!first || createdAt < first) firstActivity[m] = createdAt;
    }
    const { title, description } = texts(rText, ctx, d, memberDrafts);
    pledges.push({
      reference: published ? ++lastReference : null,
      title,
      description,
      type: d.type,
      status: d.status,
      statusReason,
      leadMemberIndex: d.lead,
      partnerMemberIndexes: d.partners,
      amount: d.amount,
      currencyId: d.currency?.id ?? null,
      usdValue: d.usdValue,
      rateDate: d.rateDate,
      isGlobal: d.isGlobal,
      countryIds: d.countries.map((c) => c.id),
      regionIds: d.regions.map((r) => r.id),
      focusAreaIds: d.focusAreas.map((a) => a.id),
      pillarIds: d.pillars.map((p) => p.id),
      beneficiaryGroupIds: d.groups.map((g) => g.id),
      sdgIds: d.sdgs.map((s) => s.id),
      startDate: d.startDate,
      endDate: d.endDate,
      targetBeneficiaries: d.target,
      // Pledges not (yet) published were never announced.
      announcedOn: published ? d.day : null,
      eventId: d.eventId,
      createdAt,
      updatedAt,
      submittedAt,
      publishedAt,
      version,
    });
  }

  const earliest = dayNumber('2021-09-01');
  const latest = dayNumber('2025-11-30');
  const members: DemoMember[] = [];
  memberDrafts.forEach((m, i) => {
    const first = firstActivity[i];
    const day = first ? Math.max(earliest, dayNumber(first.slice(0, 10)) - rTimes.int(3, 45)) : rTimes.int(dayNumber('2022-03-16'), latest);
    const createdAt = timestamp(day, officeHours(rTimes));
    const updatedAt = rTimes.chance(0.15) ? minIso(timestamp(day + rTimes.int(1, 500), officeHours(rTimes)), `${DEMO_TODAY}T12:00:00.000Z`) : createdAt;
    members.push({
      name: m.name,
      acronym: m.acronym,
      sector: m.sector,
      countryId: m.country.id,
      champion: m.champion,
      website: m.website,
      description: m.description,
      createdAt,
      updatedAt: updatedAt < createdAt ? createdAt : updatedAt,
    });
  });
  const people = generatePeople(rPeople, ctx, members, memberDrafts);
  const reportingCycles = generateReportingCycles(rReports);
  const progressReports = generateReports(rReports, ctx, drafts, pledges, memberDrafts, reportingCycles);
  const { roundtables, needs } = generateNeeds(rNeeds, ctx, memberDrafts);
  const matches = generateMatches(rNeeds, ctx, roundtables, needs, pledges);
  return { members, people, pledges, reportingCycles, progressReports, roundtables, needs, matches };
}

// ---------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------

export interface DemoFigures {
  readonly pledges: number;
  readonly published: number;
  readonly members: number;
  readonly people: number;
  /** Sum of the USD values of all pledges, exact. */
  readonly totalUsd: string;
  /** Sum of the USD values of published pledges, exact. */
  readonly publishedUsd: string;
  readonly maxUsd: string;
  /** The shares below are over published pledges. */
  readonly ldcShare: number;
  readonly womenShare: number;
  readonly noValueShare: number;
  readonly globalShare: number;
  readonly overOneBillion: number;
  /** Distinct home countries of the members leading published pledges. */
  readonly leadCountries: number;
  readonly leadMembers: number;
  readonly topSdgs: readonly number[];
  readonly byType: Readonly<Record<string, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly memberSectors: Readonly<Record<string, number>>;
  readonly currencies: Readonly<Record<string, number>>;
  /** Published pledges and USD announced up to each milestone day. */
  readonly milestones: readonly { readonly until: string; readonly pledges: number; readonly usd: string }[];
  readonly reporting: ReportingFigures;
}

export interface ReportingFigures {
  readonly reports: number;
  readonly byStatus: Readonly<Record<string, number>>;
  /** Pledges reported on (a report submitted or accepted), by the implementation status of their latest such report. */
  readonly latestImplementation: Readonly<Record<string, number>>;
  /** Per cycle, counted as the reporting statistics do: pledges owing a report (published when it opened), and of them reported on. */
  readonly cycles: readonly { readonly year: number; readonly owed: number; readonly reported: number }[];
  /** Published pledges published more than 24 months before DEMO_TODAY, and those of them never reported on. */
  readonly oldPublished: number;
  readonly oldNeverReported: number;
}

/** The reporting figures of a generated data set. */
function summarizeReports(data: DemoData): ReportingFigures {
  const reported = data.progressReports.filter((r) => r.status === 'SUBMITTED' || r.status === 'ACCEPTED');
  const latest = new Map<number, DemoProgressReport>();
  for (const r of reported) if ((latest.get(r.pledgeIndex)?.year ?? 0) < r.year) latest.set(r.pledgeIndex, r);
  const published = data.pledges.filter((p) => p.status === 'PUBLISHED');
  const longAgo = `${Number(DEMO_TODAY.slice(0, 4)) - 2}${DEMO_TODAY.slice(4)}`;
  const old = data.pledges.flatMap((p, i) => (p.status === 'PUBLISHED' && p.publishedAt! < longAgo ? [i] : []));
  return {
    reports: data.progressReports.length,
    byStatus: countBy(data.progressReports.map((r) => r.status)),
    latestImplementation: countBy([...latest.values()].map((r) => r.implementationStatus)),
    cycles: data.reportingCycles.map((c) => ({
      year: c.year,
      owed: published.filter((p) => p.publishedAt! <= c.openedAt).length,
      reported: reported.filter((r) => r.year === c.year).length,
    })),
    oldPublished: old.length,
    oldNeverReported: old.filter((i) => !latest.has(i)).length,
  };
}

function countBy(items: readonly string[]): Record<string, number> {
  return items.reduce<Record<string, number>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});
}

/** The published figures of a generated data set, computed the way the coalition reports them. */
export function summarizeDemoData(reference: DemoReference, data: DemoData): DemoFigures {
  const countries = new Map(reference.countries.map((c) => [c.id, c]));
  const sdgNumbers = new Map(reference.sdgs.map((s) => [s.id, s.number]));
  const currencyCodes = new Map(reference.currencies.map((c) => [c.id, c.code]));
  const women = reference.beneficiaryGroups.find((g) => g.code === 'WOMEN_AND_GIRLS')?.id;
  const published = data.pledges.filter((p) => p.status === 'PUBLISHED');
  let total = new Decimal(0);
  for (const p of data.pledges) if (p.usdValue) total = total.add(p.usdValue);
  let publishedUsd = new Decimal(0);
  let max = new Decimal(0);
  let ldc = 0;
  let womenCount = 0;
  let noValue = 0;
  let global = 0;
  let overBillion = 0;
  const sdgCounts = new Map<number, number>();
  const leadMembers = new Set<number>();
  for (const p of published) {
    if (p.usdValue) {
      publishedUsd = publishedUsd.add(p.usdValue);
      if (max.lessThan(p.usdValue)) max = new Decimal(p.usdValue);
      if (new Decimal(p.usdValue).greaterThan(1e9)) overBillion++;
    } else noValue++;
    if (p.isGlobal) global++;
    const day = p.announcedOn ?? p.createdAt.slice(0, 10);
    if (p.countryIds.some((id) => { const c = countries.get(id); return c !== undefined && inGroup(c, 'LDC', day); })) ldc++;
    if (women !== undefined && p.beneficiaryGroupIds.includes(women)) womenCount++;
    for (const id of p.sdgIds) {
      const n = sdgNumbers.get(id);
      if (n !== undefined) sdgCounts.set(n, (sdgCounts.get(n) ?? 0) + 1);
    }
    leadMembers.add(p.leadMemberIndex);
  }
  const leadCountries = new Set([...leadMembers].map((i) => data.members[i]!.countryId));
  const milestones = ['2022-06-16', '2022-10-14', '2023-12-31', '2025-12-31'].map((until) => {
    let usd = new Decimal(0);
    let n = 0;
    for (const p of published) {
      if (p.announcedOn && p.announcedOn <= until) {
        n++;
        if (p.usdValue) usd = usd.add(p.usdValue);
      }
    }
    return { until, pledges: n, usd: usd.toFixed(2) };
  });
  const share = (k: number) => (published.length ? k / published.length : 0);
  return {
    pledges: data.pledges.length,
    published: published.length,
    members: data.members.length,
    people: data.people.length,
    totalUsd: total.toFixed(2),
    publishedUsd: publishedUsd.toFixed(2),
    maxUsd: max.toFixed(2),
    ldcShare: share(ldc),
    womenShare: share(womenCount),
    noValueShare: share(noValue),
    globalShare: share(global),
    overOneBillion: overBillion,
    leadCountries: leadCountries.size,
    leadMembers: leadMembers.size,
    topSdgs: [...sdgCounts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([n]) => n),
    byType: countBy(published.map((p) => p.type)),
    byStatus: countBy(data.pledges.map((p) => p.status)),
    memberSectors: countBy(data.members.map((m) => m.sector)),
    currencies: countBy(data.pledges.filter((p) => p.currencyId !== null).map((p) => currencyCodes.get(p.currencyId!) ?? '?')),
    milestones,
    reporting: summarizeReports(data),
  };
}

// ---------------------------------------------------------------------------
// Reference data from the project's JSON files (for tests and dry runs)
// ---------------------------------------------------------------------------

export interface ReferenceJson {
  countries: readonly {
    iso2: string;
    name: string;
    officialName?: string;
    independent: boolean;
    ituRegion: string | null;
    currency: string | null;
    groups: readonly { group: string; from: string | null; until: string | null }[];
  }[];
  currencies: { currencies: readonly { code: string }[]; rates: readonly { currency: string; date: string; usdPerUnit: string }[] };
  focusAreas: readonly { code: string; name: string; pillars: readonly { slug: string; name: string; published: boolean }[] }[];
  beneficiaryGroups: readonly { code: string; name: string }[];
  sdgs: readonly { number: number; title: string }[];
  events: readonly { code: string; name: string; kind: string; ituRegion: string | null; startDate: string; endDate: string }[];
  /** Seeded by a migration rather than a file. */
  connectivityTargets: readonly string[];
}

const ITU_REGION_NAMES: Record<string, string> = {
  AFRICA: 'Africa', AMERICAS: 'Americas', ARAB_STATES: 'Arab States', ASIA_PACIFIC: 'Asia-Pacific', CIS: 'CIS', EUROPE: 'Europe',
};

/** Builds a DemoReference from the parsed files of server/src/reference/data, numbering rows from 1 as a fresh database would. */
export function referenceFromJson(json: ReferenceJson): DemoReference {
  const ituRegions = Object.entries(ITU_REGION_NAMES).map(([code, name], i) => ({ id: i + 1, code, name }));
  const regionId = new Map(ituRegions.map((r) => [r.code, r.id]));
  const currencies = json.currencies.currencies.map((c, i) => ({
    id: i + 1,
    code: c.code,
    rates: json.currencies.rates.filter((r) => r.currency === c.code).map((r) => ({ validFrom: r.date, usdPerUnit: r.usdPerUnit })),
  }));
  const currencyId = new Map(currencies.map((c) => [c.code, c.id]));
  const focusAreas = json.focusAreas.map((f, i) => ({ id: i + 1, code: f.code, name: f.name }));
  const pillars = json.focusAreas.flatMap((f, i) => f.pillars.map((p) => ({ focusAreaId: i + 1, slug: p.slug, name: p.name, published: p.published })));
  return {
    countries: json.countries.map((c, i) => ({
      id: i + 1,
      code: c.iso2,
      name: c.name,
      officialName: c.officialName,
      independent: c.independent,
      ituRegionId: c.ituRegion ? (regionId.get(c.ituRegion) ?? null) : null,
      currencyId: c.currency ? (currencyId.get(c.currency) ?? null) : null,
      groups: c.groups.map((g) => ({ group: g.group, since: g.from, until: g.until })),
    })),
    ituRegions,
    focusAreas,
    pillars: pillars.map((p, i) => ({ id: i + 1, ...p })),
    beneficiaryGroups: json.beneficiaryGroups.map((g, i) => ({ id: i + 1, code: g.code, name: g.name })),
    sdgs: json.sdgs.map((s, i) => ({ id: i + 1, number: s.number, title: s.title })),
    events: json.events.map((e, i) => ({
      id: i + 1,
      code: e.code,
      name: e.name,
      kind: e.kind,
      regionId: e.ituRegion ? (regionId.get(e.ituRegion) ?? null) : null,
      startDate: e.startDate,
      endDate: e.endDate,
    })),
    currencies,
    connectivityTargets: json.connectivityTargets,
  };
}
