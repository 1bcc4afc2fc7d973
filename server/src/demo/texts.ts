/**
 * Templates for the titles and descriptions of demonstration pledges.
 * Tokens: {place} where the pledge is implemented ("in Malawi", "across
 * Africa", "in developing countries"), {n} a number drawn from the template's
 * range, {group} a beneficiary group, {amount} the pledge's value.
 */

/** [template, min and max of {n}, 'people' when {n} counts the people the pledge means to reach]. */
export type TitleTemplate = readonly [string, number?, number?, 'people'?];

export const TITLES_BY_PILLAR: Record<string, readonly TitleTemplate[]> = {
  infrastructure: [
    ['Extending 4G coverage to {n} rural villages {place}', 40, 2500],
    ['Deploying {n} km of fibre backbone {place}', 150, 9000],
    ['Connecting {n} schools to broadband {place}', 50, 6000],
    ['Solar-powered community networks {place}'],
    ['Satellite connectivity for {n} remote health clinics {place}', 20, 1500],
    ['Rolling out {n} rural mobile sites {place}', 30, 3000],
    ['Open-access wholesale broadband network {place}'],
    ['Submarine cable landing and terrestrial backhaul {place}'],
    ['Public Wi-Fi hotspots in {n} market towns {place}', 20, 800],
    ['Last-mile connectivity for {n} unconnected communities {place}', 50, 4000],
    ['Neutral-host towers for shared rural coverage {place}'],
    ['Upgrading {n} 2G sites to 4G {place}', 100, 5000],
    ['Internet exchange points and local data hosting {place}'],
  ],
  affordability: [
    ['Subsidised smartphones for {n} low-income households {place}', 2000, 500000],
    ['Zero-rated access to education and health content {place}'],
    ['Affordable data bundles for {group} {place}'],
    ['Reforming the universal service fund to lower broadband prices {place}'],
    ['Device financing for {n} first-time internet users {place}', 5000, 800000, 'people'],
    ['Entry-level broadband below 2% of monthly income {place}'],
    ['Refurbished laptops for {n} students {place}', 1000, 120000, 'people'],
  ],
  cybersecurity: [
    ['Building national CERT capacity {place}'],
    ['Cybersecurity skills for {n} public officials {place}', 100, 8000, 'people'],
    ['Child online protection programme {place}'],
    ['Cyber-resilience of critical infrastructure operators {place}'],
    ['Trust and safety training for {n} small businesses {place}', 500, 50000],
  ],
  skills: [
    ['Digital skills training for {n} {group} {place}', 1000, 500000, 'people'],
    ['Coding bootcamps for {n} young people {place}', 200, 50000, 'people'],
    ['Training {n} teachers in digital pedagogy {place}', 300, 60000, 'people'],
    ['Basic digital literacy for {n} adults {place}', 5000, 1000000, 'people'],
    ['Advanced ICT and AI skills academy {place}'],
    ['Scholarships in telecommunications engineering for {n} students {place}', 20, 2000, 'people'],
    ['Train-the-trainer programme for {n} community digital champions {place}', 100, 10000, 'people'],
  ],
  'digital-inclusion': [
    ['Digital literacy for {n} women entrepreneurs {place}', 500, 100000, 'people'],
    ['Accessible ICT for persons with disabilities {place}'],
    ['Connecting refugee settlements {place}'],
    ['Closing the gender digital divide {place}'],
    ['Community digital centres in {n} underserved districts {place}', 10, 600],
    ['Digital inclusion of older persons {place}'],
    ['Indigenous community networks {place}'],
  ],
  'local-content-and-services': [
    ['Local-language e-learning content {place}'],
    ['Digital agricultural advisory services for {n} farmers {place}', 5000, 2000000, 'people'],
    ['Telemedicine platform for rural clinics {place}'],
    ['Mobile money and digital financial services for {group} {place}'],
    ['Open educational resources in local languages {place}'],
    ['Digital libraries for {n} schools {place}', 50, 10000],
  ],
  'digital-innovation-and-entrepreneurship': [
    ['Startup acceleration programme for {n} digital start-ups {place}', 20, 2000],
    ['Innovation hubs in {n} secondary cities {place}', 3, 60],
    ['Seed fund for tech entrepreneurs {place}'],
    ['Hackathons and innovation challenges for {group} {place}'],
    ['Women-led start-up incubator {place}'],
  ],
  'digital-transformation-of-enterprises': [
    ['E-commerce onboarding for {n} SMEs {place}', 500, 200000],
    ['Digital payments adoption for small businesses {place}'],
    ['Cloud tools and training for {n} micro-enterprises {place}', 1000, 300000],
    ['Digital supply chains for {n} agricultural cooperatives {place}', 50, 5000],
  ],
  'digital-public-services': [
    ['Digital ID and e-government services {place}'],
    ['Cloud migration of public services {place}'],
    ['Online one-stop shop for citizen services {place}'],
    ['Digital health records for {n} health facilities {place}', 50, 8000],
    ['Interoperable digital public infrastructure {place}'],
  ],
  'green-digital-economy': [
    ['Energy-efficient data centres {place}'],
    ['E-waste collection and recycling {place}'],
    ['Renewable energy for {n} telecom sites {place}', 100, 10000],
    ['Climate early-warning services over mobile networks {place}'],
  ],
  'enabling-policy-and-regulation': [
    ['National broadband plan and spectrum policy review {place}'],
    ['Regulatory sandbox for innovative connectivity {place}'],
    ['Infrastructure-sharing regulations {place}'],
    ['Collaborative regulation for the digital economy {place}'],
    ['Rights-of-way reform to speed up fibre deployment {place}'],
    ['Data protection and cross-border data flows framework {place}'],
  ],
  'investment-mobilisation': [
    ['Investment in rural networks {place}'],
    ['Co-investment facility for last-mile connectivity {place}'],
    ['Capital expenditure on network expansion {place}'],
    ['Investment roundtable and project pipeline for digital infrastructure {place}'],
  ],
  'innovative-financing-mechanisms': [
    ['Blended finance fund for last-mile connectivity {place}'],
    ['Guarantee facility for rural operators {place}'],
    ['Results-based financing for connecting {n} schools {place}', 100, 20000],
    ['Local-currency lending to small internet service providers {place}'],
  ],
};

/** Used when a pillar has no templates of its own, by focus area code. */
export const TITLES_BY_FOCUS_AREA: Record<string, readonly TitleTemplate[]> = {
  ACCESS: [['Meaningful connectivity for {group} {place}'], ['Connecting {n} households {place}', 1000, 500000]],
  ADOPTION: [['Empowering {group} to use the internet {place}'], ['Digital skills for {n} people {place}', 1000, 300000, 'people']],
  VALUE_CREATION: [['Growing the digital economy {place}'], ['Digital services for {n} businesses {place}', 100, 50000]],
  ACCELERATE: [['Unlocking investment in digital infrastructure {place}'], ['Policy support for digital development {place}']],
};

export const GENERIC_TITLES: readonly TitleTemplate[] = [['Meaningful connectivity {place}'], ['Digital development programme {place}']];

/** Policy pledges of governments, about their own country. */
export const GOVERNMENT_POLICY_TITLES: readonly TitleTemplate[] = [
  ['National digital transformation strategy {place}'],
  ['Broadband policy and regulatory reform {place}'],
  ['Policy commitment to universal meaningful connectivity {place}'],
  ['Spectrum roadmap for affordable rural coverage {place}'],
  ['Digital inclusion policy for {group} {place}'],
  ['Connect every school: national policy commitment {place}'],
  ['Tax reform on handsets and data services {place}'],
];

/** Policy pledges of other members: research, model texts, support to policy makers. */
export const POLICY_TITLES: readonly TitleTemplate[] = [
  ['Policy recommendations on affordable broadband {place}'],
  ['Model regulation for community networks {place}'],
  ['Evidence and data for digital inclusion policies {place}'],
  ['Technical assistance to regulators {place}'],
  ['Policy dialogue on universal meaningful connectivity {place}'],
  ['Toolkit on gender-responsive ICT policy for {group} {place}'],
  ['Supporting national broadband strategies {place}'],
];

export const ADVOCACY_TITLES: readonly TitleTemplate[] = [
  ['Advocating for meaningful connectivity of {group} {place}'],
  ['Awareness campaign on online safety {place}'],
  ['Championing the gender digital divide agenda {place}'],
  ['Raising awareness of digital rights {place}'],
  ['Mobilising partners for connectivity in LDCs {place}'],
  ['Knowledge sharing on community networks {place}'],
  ['Promoting digital skills for {group} {place}'],
];

/** For pledges of hundreds of millions or billions. */
export const LARGE_TITLES: readonly TitleTemplate[] = [
  ['Nationwide broadband rollout {place}'],
  ['Connecting {n} schools and health centres {place}', 2000, 60000],
  ['Satellite broadband for {n} unconnected communities {place}', 2000, 80000],
  ['Multi-year digital infrastructure programme {place}'],
  ['Extending 4G and 5G coverage to {n} million people {place}', 2, 60],
  ['Regional fibre backbone and data centre investment {place}'],
  ['Digital transformation programme for public services and SMEs {place}'],
  ['Investment in rural mobile networks {place}'],
];

export const FINANCIAL_TITLES: readonly TitleTemplate[] = [
  ['{amount} for rural connectivity {place}'],
  ['{amount} investment in digital infrastructure {place}'],
  ['{amount} fund for digital inclusion {place}'],
  ['Financing of {amount} for school connectivity {place}'],
  ['{amount} to expand broadband {place}'],
];

/** Openers for titles that start with a verb in -ing ("Extending 4G coverage ..."). {Lead} starts a sentence, {lead} does not. */
export const GERUND_OPENERS: readonly string[] = [
  '{Lead} commits to {title}.',
  'With this pledge, {lead} commits to {title}.',
  'Under this pledge, {lead} will work on {title}.',
  '{Lead} pledges its resources to {title}.',
];

/** Openers for titles that are noun phrases ("Digital ID and e-government services ..."). */
export const NOUN_OPENERS: readonly string[] = [
  'This pledge by {lead} covers {title}.',
  '{Lead} pledges support for {title}.',
  'Through this pledge, {lead} supports {title}.',
];

/** Second sentences for policy and advocacy pledges. */
export const TYPE_SENTENCES: Record<string, readonly string[]> = {
  GOVERNMENT_POLICY: [
    'The commitment is carried by the government and reviewed with stakeholders every year.',
    'It draws on ITU guidelines and regional harmonisation frameworks.',
    'Draft texts are published for public consultation before adoption.',
  ],
  POLICY: [
    'The work is carried out with ministries and regulators that ask for it.',
    'Findings are published openly and discussed at regional roundtables.',
    'It draws on ITU guidelines and regional harmonisation frameworks.',
  ],
  ADVOCACY: [
    'Activities include campaigns, events and publications with partners of the coalition.',
    'The campaign works through media partners, schools and community organisations.',
    'Results are shared at coalition meetings and regional roundtables.',
  ],
};

export const PILLAR_SENTENCES: Record<string, readonly string[]> = {
  infrastructure: [
    'The project combines fibre backhaul with solar-powered sites to reach communities beyond the current coverage footprint.',
    'Sites are planned with the national regulator to avoid duplication and to share passive infrastructure with other operators.',
    'Priority goes to settlements without any mobile broadband signal today, identified with the national coverage maps.',
  ],
  affordability: [
    'It addresses the cost barrier that keeps households offline, aiming to bring entry-level data below 2% of monthly income.',
    'Subsidies are targeted with the social protection registry so that they reach the poorest households first.',
  ],
  cybersecurity: [
    'It strengthens incident response and the protection of critical information infrastructure.',
    'Training follows international good practice and includes national cyber drills.',
  ],
  skills: [
    'Courses combine online modules with face-to-face sessions in community centres and schools.',
    'Curricula are aligned with the national digital skills framework and certified by local institutions.',
    'At least half of the places are reserved for women and girls.',
  ],
  'digital-inclusion': [
    'Activities are co-designed with organisations that represent the people they are meant for.',
    'Assistive technologies and accessible content are part of every site.',
  ],
  'local-content-and-services': [
    'Content is produced in local languages with local partners.',
    'Services work on basic phones through USSD and SMS as well as on smartphones.',
  ],
  'digital-innovation-and-entrepreneurship': [
    'Selected start-ups receive mentoring, cloud credits and access to investors.',
    'The programme links local innovators with regional and international markets.',
  ],
  'digital-transformation-of-enterprises': [
    'Small businesses receive tools, training and follow-up for a year.',
    'It works through chambers of commerce and business associations.',
  ],
  'digital-public-services': [
    'Services are built on open standards so that they can be reused across government.',
    'The work includes training for civil servants and a help desk for citizens.',
  ],
  'green-digital-economy': [
    'It reduces the energy use and carbon footprint of digital infrastructure.',
    'Equipment is designed for repair and collected for recycling at end of life.',
  ],
  'enabling-policy-and-regulation': [
    'The reform is prepared through public consultation with operators, civil society and consumers.',
    'It draws on ITU guidelines and regional harmonisation frameworks.',
  ],
  'investment-mobilisation': [
    'The investment is planned over several years and reported on annually.',
    'It is expected to crowd in further private capital for underserved areas.',
  ],
  'innovative-financing-mechanisms': [
    'Concessional capital absorbs first losses so that commercial lenders can finance rural projects.',
    'Disbursements are tied to verified connectivity results.',
  ],
};

export const EVENT_SENTENCES: readonly string[] = [
  'The pledge was announced at the {event}.',
  'It was announced during the {event}.',
  'Announced at the {event}.',
];

export const REASONS: Record<'CHANGES_REQUESTED' | 'REJECTED' | 'WITHDRAWN', readonly string[]> = {
  CHANGES_REQUESTED: [
    'Please give the estimated value in the currency of the original budget and the expected number of beneficiaries.',
    'The implementation countries are unclear: please list them or mark the pledge as global.',
    'Please split this pledge into one pledge per programme so that progress can be reported on each.',
    'The description should say what will be delivered and by when.',
  ],
  REJECTED: [
    'Duplicate of a pledge already published by the same entity.',
    'This is a commercial offer rather than a commitment to the coalition\'s goals.',
    'The activities ended before the pledge was submitted.',
  ],
  WITHDRAWN: [
    'Withdrawn at the request of the pledger: the programme was cancelled.',
    'Merged into a larger pledge by the same entity.',
    'Withdrawn by the pledger after a change of funding priorities.',
  ],
};

export const MEMBER_DESCRIPTIONS: Record<string, readonly string[]> = {
  GOVERNMENT: ['Government institution responsible for {topic} in {C}.', 'Public body of {C} working on {topic}.'],
  PRIVATE_SECTOR: ['Company providing {topic} in {C} and the region.', '{C}-based company specialised in {topic}.'],
  ACADEMIA: ['University and research institution in {C}, active in {topic}.', 'Academic institution in {C} teaching and researching {topic}.'],
  CIVIL_SOCIETY: ['Non-profit organisation in {C} working on {topic}.', 'Civil society organisation promoting {topic} in {C}.'],
  INTERNATIONAL_ORGANIZATION: ['International organisation supporting {topic}.', 'Regional organisation working on {topic}.'],
  UN_AGENCY: ['UN-system programme supporting {topic}.'],
};

export const MEMBER_TOPICS: readonly string[] = [
  'digital infrastructure', 'broadband connectivity', 'digital skills', 'digital inclusion', 'ICT policy and regulation',
  'digital financial services', 'satellite communications', 'cloud and data services', 'e-government', 'digital health',
  'education technology', 'innovation and entrepreneurship', 'cybersecurity',
];

/**
 * Sentences of progress reports. Tokens: {n} a number drawn from the template's range, {group} the pledge's
 * beneficiaries, {people} the people reached so far, {year} the reporting year. Templates with {people} are
 * only used when the report counts people.
 */
export const REPORT_STEPS: Record<'START' | 'ACTIVE' | 'POLICY' | 'ADVOCACY' | 'FINANCIAL', readonly TitleTemplate[]> = {
  START: [
    ['Partner selection and funding approvals are under way.'],
    ['The project was approved internally; field activities start next year.'],
    ['A baseline survey was commissioned in the target areas.'],
    ['Recruited the project coordinator and agreed a work plan with {n} local partners.', 2, 8],
  ],
  ACTIVE: [
    ['Signed agreements with {n} local partners and started work on the ground.', 2, 15],
    ['Procured equipment and began deployment at {n} sites.', 5, 400],
    ['Held {n} training sessions for {group}.', 10, 900],
    ['Opened {n} community access points with local authorities.', 3, 120],
    ['Set up a monitoring system to track reach and results.'],
    ['Published a call for proposals and selected {n} grantees.', 4, 60],
    ['Ran an outreach campaign on radio and social media in {n} languages.', 2, 9],
    ['Extended the programme to {n} more districts in {year}.', 2, 40],
    ['Trained {n} local trainers who now run the sessions themselves.', 10, 600],
  ],
  POLICY: [
    ['Held {n} consultations with operators, civil society and consumers on the draft text.', 2, 12],
    ['Submitted the draft to the cabinet after a public consultation.'],
    ['Published a review of the regulatory framework with recommendations.'],
    ['Provided technical assistance to {n} regulators.', 1, 25],
  ],
  ADVOCACY: [
    ['Organised {n} events with partners of the coalition.', 2, 40],
    ['Published {n} briefs and case studies on digital inclusion.', 2, 15],
    ['Ran a media campaign in {n} countries.', 1, 20],
  ],
  FINANCIAL: [
    ['Disbursed a further tranche to implementing partners in {year}.'],
    ['Approved {n} projects for financing.', 2, 40],
    ['Signed financing agreements with {n} operators and service providers.', 1, 12],
  ],
};

export const REPORT_OUTCOMES: Record<'ACTIVE' | 'COMPLETED' | 'POLICY', readonly TitleTemplate[]> = {
  ACTIVE: [
    ['{people} people reached so far, most of them {group}.'],
    ['The first sites are live and serve {people} users.'],
    ['{n}% of participants completed the course.', 55, 92],
    ['Participants report using the internet more often and for more purposes.'],
    ['Local partners report lower costs of access in the areas covered.'],
    ['{n} schools and community centres now have a working connection.', 5, 600],
    ['Demand exceeded the plan: a waiting list was opened in {year}.'],
  ],
  COMPLETED: [
    ['All planned activities were completed and handed over to local partners.'],
    ['The final evaluation confirmed the expected results; {people} people were reached in all.'],
    ['The sites are now run by the local operator on a commercial basis.'],
    ['Results and lessons learned were shared with the coalition.'],
  ],
  POLICY: [
    ['The new rules were adopted and are being implemented.'],
    ['The recommendations were taken up in the national broadband plan.'],
    ['{n} countries asked for follow-up support.', 2, 15],
  ],
};

export const REPORT_CHALLENGES: Record<'ANY' | 'DELAYED' | 'CANCELLED', readonly TitleTemplate[]> = {
  ANY: [
    ['Power supply in rural sites remains unreliable.'],
    ['High device costs limit uptake among {group}.'],
    ['Staff turnover at partner organisations slowed the work.'],
    ['Exchange-rate movements raised the cost of imported equipment.'],
    ['Low digital literacy means that training takes longer than planned.'],
    ['Data on reach is hard to collect in remote areas.'],
  ],
  DELAYED: [
    ['Supply-chain delays held up the delivery of equipment by {n} months.', 3, 12],
    ['Permits for rights of way took longer than planned.'],
    ['Security conditions limited access to some areas.'],
    ['Co-funding was approved later than expected.'],
  ],
  CANCELLED: [
    ['The programme was cancelled after the funding partner withdrew.'],
    ['Changed priorities led to the programme being stopped; the remaining funds were returned.'],
    ['The activities were merged into a national programme run by the government.'],
  ],
};

/** Why a curator sent a progress report back. */
export const REPORT_RETURN_REASONS: readonly string[] = [
  'Please give the amount disbursed in the year rather than the total since the start.',
  'The outcomes repeat last year\'s report: please say what changed this year.',
  'Please add a link to a public source for the results reported.',
];

/** Evidence pages; {lead} is the lead member's DNS label, {topic} the pledge's title as a slug. */
export const EVIDENCE_LINKS: readonly string[] = [
  'https://example.org/{lead}/annual-report-{year}.pdf',
  'https://example.org/{lead}/news/{year}/{topic}',
  'https://example.org/{lead}/projects/{topic}',
  'https://example.org/media/{year}/{lead}-{topic}',
  'https://example.org/{lead}/evaluations/{topic}-{year}.pdf',
];
