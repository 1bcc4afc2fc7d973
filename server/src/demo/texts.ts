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

/**
 * Country needs. Titles name no country (a need belongs to one); tokens: {area} a part of the country
 * ("the northern provinces", "the outer islands"), {n} a number drawn from the template's range, {group}
 * the need's beneficiaries, {region} the region of a regional need.
 */
export const NEED_TITLES_BY_PILLAR: Record<string, readonly TitleTemplate[]> = {
  infrastructure: [
    ['Backbone fibre for {area}'],
    ['Mobile broadband for {n} unconnected villages in {area}', 20, 600],
    ['Connecting {n} schools in {area} to broadband', 30, 1500],
    ['Satellite backhaul for health centres in {area}'],
    ['National internet exchange point and data hosting'],
    ['Upgrading {n} 2G sites in {area} to 4G', 40, 900],
  ],
  affordability: [
    ['Affordable smartphones for {n} low-income households', 5000, 200000],
    ['Lowering the cost of entry-level broadband in {area}'],
    ['Public Wi-Fi in {n} market towns of {area}', 10, 150],
  ],
  cybersecurity: [
    ['Establishing a national CERT'],
    ['Cybersecurity skills for {n} public officials', 100, 3000],
    ['Child online protection programme for schools'],
  ],
  skills: [
    ['Digital skills for rural women'],
    ['Digital skills for {group} in {area}'],
    ['ICT training for {n} teachers', 300, 20000],
    ['Basic digital literacy for {n} adults in {area}', 5000, 300000],
  ],
  'digital-inclusion': [
    ['Community digital centres in {area}'],
    ['Accessible digital services for persons with disabilities'],
    ['Closing the gender digital divide in {area}'],
  ],
  'local-content-and-services': [
    ['Local-language digital content for primary schools'],
    ['Digital agriculture advisory services for {n} farmers', 5000, 400000],
    ['Telemedicine for health centres in {area}'],
  ],
  'digital-innovation-and-entrepreneurship': [
    ['National innovation hub and start-up support'],
    ['Seed funding for digital start-ups'],
    ['Tech incubators in {n} secondary cities', 2, 8],
  ],
  'digital-transformation-of-enterprises': [
    ['E-commerce and digital payments for {n} SMEs', 500, 30000],
    ['Digital tools for agricultural cooperatives in {area}'],
  ],
  'digital-public-services': [
    ['National digital ID system'],
    ['E-government portal and shared government cloud'],
    ['Digital health information system for {n} facilities', 50, 2500],
  ],
  'green-digital-economy': [
    ['E-waste collection and recycling system'],
    ['Renewable power for {n} rural telecom sites', 50, 1200],
  ],
  'enabling-policy-and-regulation': [
    ['Updating the telecommunications law'],
    ['Modernising spectrum management'],
    ['Infrastructure-sharing regulation'],
  ],
  'investment-mobilisation': [
    ['Investment plan for rural broadband in {area}'],
    ['Public–private partnership for the national backbone'],
  ],
  'innovative-financing-mechanisms': [
    ['Reforming the universal service fund'],
    ['Blended-finance facility for last-mile operators'],
  ],
};

/** Needs for policy advice, by pillar slug. */
export const NEED_POLICY_TITLES: Record<string, readonly TitleTemplate[]> = {
  infrastructure: [['Technical assistance for a national broadband plan'], ['Review of rights-of-way rules for fibre deployment']],
  affordability: [['Review of taxes on handsets and data services']],
  cybersecurity: [['National cybersecurity strategy and law']],
  skills: [['Digital skills in the national school curriculum']],
  'digital-inclusion': [['Gender-responsive ICT policy']],
  'digital-transformation-of-enterprises': [['Legal framework for e-commerce and electronic transactions']],
  'digital-public-services': [['Data protection law and authority']],
  'enabling-policy-and-regulation': [['Review of the telecommunications regulatory framework'], ['Spectrum roadmap for rural coverage']],
  'investment-mobilisation': [['Investment framework for digital infrastructure']],
  'innovative-financing-mechanisms': [['Universal service fund reform']],
};

/** Needs for advocacy, by pillar slug. */
export const NEED_ADVOCACY_TITLES: Record<string, readonly TitleTemplate[]> = {
  infrastructure: [['Bringing operators to invest in {area}']],
  cybersecurity: [['Campaign on online safety for {group}']],
  skills: [['Promoting digital skills for {group}']],
  'digital-inclusion': [['Raising awareness of the internet among {group} in {area}']],
  'digital-innovation-and-entrepreneurship': [['Promoting digital entrepreneurship among {group}']],
  'enabling-policy-and-regulation': [['Mobilising partners for the national digital strategy']],
  'investment-mobilisation': [['Investor outreach for the digital infrastructure pipeline']],
};

/** Parts of a country that a need is for: mainland ones, and those of small island states. */
export const NEED_AREAS: Record<'MAINLAND' | 'ISLANDS', readonly string[]> = {
  MAINLAND: ['the northern provinces', 'the southern provinces', 'rural districts', 'the eastern region', 'border districts', 'the highlands', 'secondary cities'],
  ISLANDS: ['the outer islands', 'the northern islands', 'remote atolls', 'the southern island group', 'rural villages'],
};

/** Needs of a whole region: [title, focus area code, pillar slug, modality, what is wrong today]. */
export const NEED_REGIONAL: readonly (readonly [string, string, string, 'FINANCIAL' | 'POLICY', string])[] = [
  ['Regional fibre backbone interconnecting {region}', 'ACCESS', 'infrastructure', 'FINANCIAL', 'Traffic between neighbouring countries is still routed through other continents.'],
  ['Regional internet exchange and data centre for {region}', 'ACCESS', 'infrastructure', 'FINANCIAL', 'Most of the region\'s internet traffic is exchanged outside it, which adds cost and delay.'],
  ['Harmonised spectrum and roaming rules for {region}', 'ACCELERATE', 'enabling-policy-and-regulation', 'POLICY', 'Roaming charges and diverging spectrum plans keep prices high across borders.'],
  ['Regional cybersecurity centre for {region}', 'ACCESS', 'cybersecurity', 'FINANCIAL', 'Few countries of the region have a national response team of their own.'],
];

/** For a pillar without titles of its own. */
export const NEED_GENERIC_TITLES: readonly TitleTemplate[] = [['Meaningful connectivity for {area}'], ['Digital development priorities of {area}']];

/** Where a need of a whole region comes from. */
export const NEED_REGIONAL_SOURCES: readonly string[] = ['ITU regional initiatives {year}–{next}', 'Regional connectivity assessment {year}'];

/** Where a need comes from; {year} and {next} (five years on) are filled in. */
export const NEED_SOURCES: readonly string[] = [
  'Digital Transformation Wheel assessment {year}',
  'National Broadband Plan {year}–{next}',
  'ITU Digital Development Country Profile {year}',
  'National Digital Transformation Strategy {year}–{next}',
  'Universal service fund review {year}',
  'National ICT sector diagnostic {year}',
  'ITU Last-Mile Connectivity assessment {year}',
];

/** What is wrong today, by pillar slug; {n} is a percentage. */
export const NEED_SITUATIONS: Record<string, readonly TitleTemplate[]> = {
  infrastructure: [
    ['Only {n}% of people in {area} are covered by mobile broadband today.', 15, 60],
    ['Traffic from {area} runs over a single microwave link that is saturated at peak hours.'],
    ['Most schools and health centres in {area} have no reliable connection.'],
  ],
  affordability: [['Entry-level mobile data costs {n}% of the average monthly income.', 4, 15], ['Few households in {area} can afford a smartphone.']],
  cybersecurity: [['Incidents against government systems are handled case by case, without a national response team.'], ['Few public institutions have staff trained in cybersecurity.']],
  skills: [['Fewer than {n}% of adults in {area} have basic digital skills.', 10, 40], ['Teachers report that few pupils have ever used a computer.']],
  'digital-inclusion': [['Fewer than {n}% of women in {area} used the internet in the past three months.', 10, 40], ['Most people in {area} who are covered by a network still do not use the internet.']],
  'local-content-and-services': [['Little content is available in the languages spoken in {area}.'], ['Health workers and farmers in {area} have no digital services designed for them.']],
  'digital-innovation-and-entrepreneurship': [['Young innovators have no access to early-stage funding or mentoring.'], ['Most digital start-ups close or move abroad within two years.']],
  'digital-transformation-of-enterprises': [['Fewer than {n}% of small businesses sell or take payments online.', 5, 30]],
  'digital-public-services': [['Public services still require in-person visits and paper forms.'], ['Government agencies run separate systems that cannot share data.']],
  'green-digital-economy': [['Diesel generators power most telecom sites in {area}.'], ['Electronic waste is dumped or burned for lack of collection.']],
  'enabling-policy-and-regulation': [['The current rules predate mobile broadband and hold back investment.'], ['Operators wait months for permits to lay fibre along roads.']],
  'investment-mobilisation': [['Operators consider {area} too costly to serve without public support.']],
  'innovative-financing-mechanisms': [['The universal service fund collects more than it disburses.'], ['Local operators cannot borrow at rates that make rural networks pay.']],
};

/** What the country asks partners for, by preferred modality; {Who} asks, {money} is the funding gap. */
export const NEED_ASKS: Record<'FINANCIAL' | 'PROGRAMMATIC' | 'POLICY' | 'ADVOCACY', readonly string[]> = {
  FINANCIAL: ['{Who} seeks co-financing of {money} to close the funding gap.', 'Of the estimated cost, {money} remains unfunded.'],
  PROGRAMMATIC: ['{Who} looks for a partner to design and run the programme with national agencies.', '{Who} asks for a partner with field experience to implement it.'],
  POLICY: ['{Who} asks for technical assistance and peer review from regulators who have done this before.', 'Model texts and advice on consultation are needed.'],
  ADVOCACY: ['{Who} asks partners to help raise awareness and bring stakeholders on board.'],
};

/** Why a proposed match fell through. */
export const MATCH_DECLINE_REASONS: readonly string[] = [
  'The pledger\'s budget for the region is committed for the coming year.',
  'The government chose to fund this need from its universal service fund.',
  'The pledge\'s implementation period ends before the works could start.',
];
