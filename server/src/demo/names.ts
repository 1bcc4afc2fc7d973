/**
 * Name pools for the demonstration data: people by ITU-D region, and the
 * pieces of fictional organisation names. Everything here is invented, except
 * the three real P2C Champions of 2023 (Amazon, Microsoft, ZTE).
 */

export const FIRST_NAMES: Record<string, readonly string[]> = {
  AFRICA: [
    'Amina', 'Kwame', 'Chidi', 'Fatou', 'Grace', 'Tendai', 'Wanjiru', 'Kofi', 'Aisha', 'Thabo', 'Nomvula', 'Jean-Paul',
    'Aminata', 'Emeka', 'Esther', 'Joseph', 'Mariam', 'Abebe', 'Makena', 'Sipho', 'Yaw', 'Patience', 'Ibrahim', 'Chipo',
    'Moussa', 'Adaeze', 'Tsion', 'Claudine', 'Olumide', 'Zodwa', 'Kagiso', 'Nia', 'Samuel', 'Rukia', 'Eric', 'Alinta',
  ],
  ARAB_STATES: [
    'Ahmed', 'Fatima', 'Omar', 'Layla', 'Youssef', 'Mariam', 'Khalid', 'Noura', 'Hassan', 'Salma', 'Karim', 'Rania',
    'Tarek', 'Huda', 'Samir', 'Leila', 'Nadia', 'Walid', 'Amal', 'Rashid', 'Yasmin', 'Bilal', 'Dalia', 'Mounir',
  ],
  ASIA_PACIFIC: [
    'Priya', 'Arjun', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Siti', 'Budi', 'Anh', 'Minh', 'Ji-woo', 'Ravi', 'Ananya', 'Farhan',
    'Nasrin', 'Tevita', 'Losana', 'Malia', 'Sione', 'Aroha', 'Rahul', 'Kavya', 'Dewi', 'Nimal', 'Tashi', 'Sokha', 'Aiko',
    'Jia', 'Ramon', 'Luisa', 'Bilal', 'Sana',
  ],
  AMERICAS: [
    'María', 'Juan', 'Camila', 'Diego', 'Ana', 'Luis', 'Sofía', 'Carlos', 'Valentina', 'Mateo', 'Gabriela', 'João',
    'Beatriz', 'Jennifer', 'Michael', 'Emily', 'David', 'Sarah', 'Jamal', 'Keisha', 'André', 'Renée', 'Daniela', 'Tomás',
    'Patricia', 'Marlon', 'Shanice', 'Ricardo',
  ],
  EUROPE: [
    'Anna', 'Lukas', 'Sophie', 'Marco', 'Elena', 'Jan', 'Claire', 'Pierre', 'Ingrid', 'Mateusz', 'Nikos', 'Katarina',
    'Thomas', 'Laura', 'Henrik', 'Ioana', 'Giulia', 'Pablo', 'Emma', 'Oliver', 'Charlotte', 'Matthias', 'Eva', 'Luca',
    'Marta', 'Sven', 'Agnieszka', 'Dimitra', 'Hugo', 'Aoife',
  ],
  CIS: [
    'Aigerim', 'Dmitry', 'Nodira', 'Arman', 'Elena', 'Timur', 'Gulnara', 'Sergei', 'Anush', 'Rustam', 'Olga', 'Farrukh',
    'Madina', 'Azamat', 'Nargiz', 'Ilya', 'Saule', 'Aram', 'Kamila', 'Bakhyt',
  ],
};

export const LAST_NAMES: Record<string, readonly string[]> = {
  AFRICA: [
    'Diallo', 'Mensah', 'Okafor', 'Uwimana', 'Kamau', 'Banda', 'Moyo', 'Ndlovu', 'Traoré', 'Mwangi', 'Habimana', 'Adeyemi',
    'Ochieng', 'Sow', 'Keita', 'Phiri', 'Asante', 'Tesfaye', 'Nkosi', 'Mugisha', 'Otieno', 'Boateng', 'Chanda', 'Kouassi',
    'Mbeki', 'Nyirenda', 'Mutua', 'Ba', 'Achieng', 'Okonkwo', 'Rakoto', 'Tshabalala', 'Kiplagat', 'Ilunga', 'Sesay', 'Gebre',
  ],
  ARAB_STATES: [
    'Al-Mansouri', 'Haddad', 'El-Sayed', 'Benali', 'Khoury', 'Al-Farsi', 'Mansour', 'Nasser', 'Abdallah', 'Saleh', 'Hamdan',
    'Chaabane', 'Aziz', 'Al-Hashimi', 'Bouzid', 'Darwish', 'Fakhoury', 'Ghanem', 'Jaber', 'Kassem', 'Othman', 'Zayed',
  ],
  ASIA_PACIFIC: [
    'Sharma', 'Patel', 'Chen', 'Wang', 'Tanaka', 'Sato', 'Rahman', 'Hossain', 'Santos', 'Reyes', 'Nguyen', 'Tran', 'Kim',
    'Park', 'Wijaya', 'Fonua', 'Tuilagi', 'Singh', 'Das', 'Lim', 'Tan', 'Perera', 'Bose', 'Nakamura', 'Suzuki', 'Kumar',
    'Dorji', 'Chowdhury', 'Lee', 'Vaka', 'Ahmadi', 'Iyer',
  ],
  AMERICAS: [
    'García', 'Rodríguez', 'Silva', 'Santos', 'Pérez', 'Gómez', 'Martínez', 'Oliveira', 'Costa', 'Smith', 'Johnson',
    'Williams', 'Brown', 'Thompson', 'Campbell', 'Baptiste', 'Morales', 'Rojas', 'Vargas', 'Fernández', 'Castillo',
    'Mendoza', 'Herrera', 'Clarke', 'Ramírez', 'Souza', 'Lewis', 'Joseph',
  ],
  EUROPE: [
    'Müller', 'Dubois', 'Rossi', 'Novak', 'Kowalski', 'Popescu', 'Jansen', 'Andersson', 'Papadopoulos', 'García', 'Martin',
    'Bernard', 'Schmidt', 'Horvat', 'Nielsen', 'Moreau', 'Ferrari', 'Costa', 'Walsh', 'Virtanen', 'Fischer', 'Petit',
    'Bianchi', 'Nowak', 'Larsen', 'Murphy', 'Weber', 'Lambert', 'Kovács', 'Silva',
  ],
  CIS: [
    'Ivanov', 'Petrov', 'Abdullaev', 'Nazarbekov', 'Karimov', 'Aliyev', 'Hovhannisyan', 'Sidorov', 'Tursunov', 'Bekov',
    'Mammadov', 'Kuznetsov', 'Rakhimov', 'Sultanov', 'Grigoryan', 'Omarov', 'Yusupov', 'Sokolov',
  ],
};

export const JOB_TITLES: Record<string, readonly string[]> = {
  GOVERNMENT: [
    'Director of ICT Policy', 'Permanent Secretary', 'Head of International Cooperation', 'Senior Policy Adviser',
    'Director-General', 'Chief Digital Officer', 'Head of Universal Service', 'Deputy Director, Digital Economy',
  ],
  PRIVATE_SECTOR: [
    'Head of Public Policy', 'Chief Sustainability Officer', 'Director, Government Affairs', 'Partnerships Manager',
    'Vice-President, Corporate Affairs', 'Head of Digital Inclusion', 'Regulatory Affairs Manager', 'Chief Executive Officer',
  ],
  ACADEMIA: ['Professor of Computer Science', 'Dean of Engineering', 'Research Fellow', 'Director, Centre for ICT Research', 'Vice-Rector for Partnerships'],
  CIVIL_SOCIETY: ['Executive Director', 'Programme Manager', 'Head of Advocacy', 'Founder and Director', 'Partnerships Lead'],
  INTERNATIONAL_ORGANIZATION: ['Senior Digital Development Specialist', 'Programme Officer', 'Head of Partnerships', 'Director, Digital Infrastructure', 'Chief of Staff'],
  UN_AGENCY: ['Programme Specialist', 'Digital Transformation Adviser', 'Chief, Partnerships Unit', 'Country Representative', 'Technical Officer'],
};

/** Cities used to name fictional companies, universities and NGOs. */
export const CITIES: Record<string, readonly string[]> = {
  RW: ['Kigali', 'Huye'], KE: ['Nairobi', 'Mombasa', 'Kisumu'], NG: ['Lagos', 'Abuja', 'Ibadan'], GH: ['Accra', 'Kumasi'],
  SN: ['Dakar', 'Saint-Louis'], ET: ['Addis Ababa', 'Bahir Dar'], ZA: ['Cape Town', 'Johannesburg', 'Durban'],
  EG: ['Cairo', 'Alexandria'], MA: ['Casablanca', 'Rabat'], TN: ['Tunis', 'Sfax'], IN: ['Mumbai', 'Bengaluru', 'Pune', 'Chennai'],
  BR: ['São Paulo', 'Recife', 'Curitiba'], MX: ['Monterrey', 'Guadalajara'], PE: ['Lima', 'Arequipa'], CO: ['Bogotá', 'Medellín'],
  CL: ['Santiago', 'Valparaíso'], AR: ['Córdoba', 'Rosario'], US: ['Seattle', 'Austin', 'Boston', 'Atlanta'],
  CA: ['Toronto', 'Halifax'], GB: ['Manchester', 'Bristol', 'Leeds'], FR: ['Lyon', 'Toulouse', 'Lille'],
  DE: ['Hamburg', 'Leipzig', 'Munich'], ES: ['Valencia', 'Bilbao'], IT: ['Turin', 'Bologna'], NL: ['Rotterdam', 'Utrecht'],
  CH: ['Geneva', 'Lausanne', 'Zurich'], SE: ['Gothenburg', 'Malmö'], FI: ['Espoo', 'Tampere'], PL: ['Kraków', 'Wrocław'],
  CN: ['Shenzhen', 'Hangzhou', 'Chengdu'], JP: ['Osaka', 'Fukuoka'], KR: ['Busan', 'Daejeon'], ID: ['Jakarta', 'Bandung', 'Surabaya'],
  PH: ['Manila', 'Cebu', 'Davao'], VN: ['Hanoi', 'Da Nang'], BD: ['Dhaka', 'Chattogram'], PK: ['Lahore', 'Karachi'],
  TZ: ['Dar es Salaam', 'Arusha'], UG: ['Kampala', 'Gulu'], MW: ['Lilongwe', 'Blantyre'], ZM: ['Lusaka', 'Ndola'],
  FJ: ['Suva', 'Lautoka'], PG: ['Port Moresby', 'Lae'], AE: ['Dubai', 'Abu Dhabi'], SA: ['Riyadh', 'Jeddah'],
  QA: ['Doha'], JO: ['Amman'], KZ: ['Almaty', 'Astana'], UZ: ['Tashkent', 'Samarkand'], AZ: ['Baku'], AM: ['Yerevan'],
  CI: ['Abidjan', 'Bouaké'], CM: ['Douala', 'Yaoundé'], CD: ['Kinshasa', 'Lubumbashi'], MZ: ['Maputo', 'Beira'],
  ZW: ['Harare', 'Bulawayo'], NP: ['Kathmandu', 'Pokhara'], KH: ['Phnom Penh'], MY: ['Kuala Lumpur', 'Penang'],
  SG: ['Singapore'], TH: ['Bangkok', 'Chiang Mai'], TR: ['Istanbul', 'Izmir'], UA: ['Kyiv', 'Lviv'], RO: ['Bucharest', 'Cluj-Napoca'],
  EE: ['Tallinn', 'Tartu'], IE: ['Dublin', 'Cork'], PT: ['Lisbon', 'Porto'], BJ: ['Cotonou'], BF: ['Ouagadougou'], ML: ['Bamako'],
  NE: ['Niamey'], HT: ['Port-au-Prince'], JM: ['Kingston'], BO: ['La Paz', 'Santa Cruz'], EC: ['Quito', 'Guayaquil'],
  GT: ['Guatemala City'], DO: ['Santo Domingo'], TO: ["Nuku'alofa"], WS: ['Apia'], VU: ['Port Vila'], MN: ['Ulaanbaatar'],
  LK: ['Colombo', 'Kandy'], MM: ['Yangon'], LA: ['Vientiane'], AU: ['Brisbane', 'Perth'], NZ: ['Wellington', 'Auckland'],
};

/** Neutral words for company, foundation and fund names. */
export const NAME_WORDS: readonly string[] = [
  'Meridian', 'Baobab', 'Nimbus', 'Aurora', 'Lakeside', 'Savanna', 'Coral', 'Zenith', 'Horizon', 'Summit', 'Keystone',
  'Acacia', 'Harbour', 'Equator', 'Sahel', 'Monsoon', 'Pinnacle', 'Beacon', 'Lighthouse', 'Northstar', 'Bluewater',
  'Greenfield', 'Silverline', 'Sunrise', 'Kilima', 'Umoja', 'Ubuntu', 'Tamarind', 'Cedar', 'Oasis', 'Atlas', 'Delta',
  'Highland', 'Riverbend', 'Cascade', 'Frontier', 'Orion', 'Polaris', 'Vertex', 'Lumen', 'Terra', 'Nova', 'Ember',
  'Compass', 'Mosaic', 'Tidewater', 'Kestrel', 'Jacaranda', 'Mangrove', 'Sequoia', 'Altitude', 'Crescent', 'Evergreen',
  'Falcon', 'Granite', 'Ironwood', 'Juniper', 'Marula', 'Pacifica', 'Sable', 'Solstice', 'Tidal', 'Wayfarer', 'Bridgewater',
];

export const COMPANY_CORES: readonly string[] = [
  'Fibre Networks', 'Telecom', 'Connect', 'Digital', 'Satellite Services', 'Towers', 'Mobile', 'Data Centres', 'Cloud Services',
  'Fintech', 'Solar Connect', 'Broadband', 'Edge Computing', 'Wireless', 'Networks', 'Communications', 'Infrastructure Partners',
  'Technologies', 'Systems', 'Software', 'Payments', 'Learning Technologies', 'Health Technologies', 'AgriTech', 'Spectrum Solutions',
  'Cable Company', 'Internet Services', 'Mesh Networks', 'Analytics', 'Devices',
];

export const CIVIL_SOCIETY_PATTERNS: readonly string[] = [
  '{W} Foundation', 'Digital Rights Initiative {C}', 'Women in Tech {C}', '{C} Community Networks Association', 'Connect {C} Trust',
  'Youth Coding League {C}', '{W} Digital Inclusion Network', 'Rural Connectivity Alliance of {C}', 'Girls Who Build {C}',
  '{W} Learning Trust', '{City} Digital Literacy Society', 'Open Internet Society of {C}', '{W} Tech for Good', 'Disability and Technology Forum {C}',
  'Refugee Connect {C}', '{C} Association of Internet Users', '{W} Community Radio and Internet Network', 'Digital Grandparents {C}',
];

export const ACADEMIA_PATTERNS: readonly string[] = [
  'University of {City}', '{C} University of Science and Technology', '{City} Institute of Technology', 'National Polytechnic of {C}',
  '{C} Open University', 'School of Computing, University of {City}', '{W} University', '{City} Centre for Digital Research',
  '{C} Institute of Telecommunications', 'Faculty of Engineering, {City} University',
];

export const GOVERNMENT_PATTERNS: readonly string[] = [
  'Government of {C}', 'Ministry of ICT and Innovation of {C}', 'Ministry of Communications of {C}', 'Ministry of Digital Economy of {C}',
  '{C} Communications Regulatory Authority', 'National Telecommunications Agency of {C}', 'Universal Service Fund of {C}',
  'Ministry of Education of {C}', 'National Cybersecurity Agency of {C}', 'Ministry of Foreign Affairs of {C}',
  'Digital Transformation Agency of {C}', 'Ministry of Health of {C}', 'National Statistics Office of {C}', 'Ministry of Finance of {C}',
];

/** Fictional international and regional organisations: [name, ITU-D region where it sits or null, preferred host country]. */
export const INTERNATIONAL_ORGANIZATIONS: readonly (readonly [string, string | null, string])[] = [
  ['Pan-African Broadband Alliance', 'AFRICA', 'KE'],
  ['Regional Digital Development Bank', null, 'CI'],
  ['Inter-American Connectivity Facility', 'AMERICAS', 'US'],
  ['Pacific Islands Digital Partnership', 'ASIA_PACIFIC', 'FJ'],
  ['Global Digital Inclusion Fund', null, 'CH'],
  ['Arab Digital Economy Council', 'ARAB_STATES', 'EG'],
  ['Asia-Pacific Connectivity Compact', 'ASIA_PACIFIC', 'TH'],
  ['Eurasian Digital Cooperation Forum', 'CIS', 'KZ'],
  ['International Satellite Services Consortium', null, 'FR'],
  ['Global Fund for Connected Schools', null, 'CH'],
  ['Multilateral Infrastructure Investment Bank', null, 'GB'],
  ['International Digital Skills Council', null, 'BE'],
  ['Sahel Digital Integration Organisation', 'AFRICA', 'BF'],
  ['Caribbean Connectivity Union', 'AMERICAS', 'JM'],
  ['Mekong Digital Corridor Initiative', 'ASIA_PACIFIC', 'VN'],
  ['Andean Digital Agenda Secretariat', 'AMERICAS', 'PE'],
  ['Indian Ocean Cable Consortium', null, 'MU'],
  ['Nordic-African Digital Partnership', null, 'SE'],
  ['Global Alliance for Digital Public Goods', null, 'NL'],
  ['European Digital Development Facility', 'EUROPE', 'BE'],
  ['East African Digital Markets Community', 'AFRICA', 'TZ'],
  ['Gulf Connectivity Fund', 'ARAB_STATES', 'AE'],
];

/** Pieces of further fictional international organisations: [prefix, ITU-D region or null]. */
export const ORGANIZATION_PREFIXES: readonly (readonly [string, string | null])[] = [
  ['African', 'AFRICA'], ['Pan-American', 'AMERICAS'], ['Asia-Pacific', 'ASIA_PACIFIC'], ['Arab', 'ARAB_STATES'],
  ['Eurasian', 'CIS'], ['European', 'EUROPE'], ['Pacific', 'ASIA_PACIFIC'], ['West African', 'AFRICA'], ['Southern African', 'AFRICA'],
  ['Caribbean', 'AMERICAS'], ['Latin American', 'AMERICAS'], ['South Asian', 'ASIA_PACIFIC'], ['Central Asian', 'CIS'],
  ['Global', null], ['International', null], ['South-South', null], ['Inter-Regional', null],
];
export const ORGANIZATION_TOPICS: readonly string[] = [
  'Broadband', 'Digital Inclusion', 'Connectivity', 'Digital Skills', 'ICT Development', 'Digital Finance', 'Spectrum',
  'Satellite', 'E-Government', 'Digital Health', 'Internet Governance', 'Digital Trade', 'Cybersecurity', 'Open Data',
];
export const ORGANIZATION_KINDS: readonly string[] = [
  'Alliance', 'Council', 'Fund', 'Forum', 'Partnership', 'Facility', 'Network', 'Organisation', 'Initiative', 'Consortium', 'Secretariat', 'Institute',
];

/** Fictional UN-system programmes. */
export const UN_AGENCIES: readonly (readonly [string, string])[] = [
  ['UN Digital Inclusion Programme', 'US'],
  ['UN Connected Schools Facility', 'CH'],
  ['UN Office for Digital Skills', 'CH'],
  ['UN Rural Connectivity Fund', 'IT'],
  ['UN Refugee Connectivity Programme', 'CH'],
  ['UN Digital Health Partnership', 'CH'],
  ['UN Capital Fund for Digital Finance', 'US'],
  ['UN Programme for Women in Technology', 'US'],
  ['UN Climate and Digital Resilience Office', 'KE'],
  ['UN Agricultural Innovation Service', 'IT'],
];

/** P2C Champions: the real ones of 2023, then clearly fictional ones. */
export const CHAMPIONS: readonly { name: string; acronym?: string; sector: string; country: string; website: string; description: string }[] = [
  { name: 'Amazon', sector: 'PRIVATE_SECTOR', country: 'US', website: 'https://www.amazon.com', description: 'Technology company; P2C Champion.' },
  { name: 'Microsoft', sector: 'PRIVATE_SECTOR', country: 'US', website: 'https://www.microsoft.com', description: 'Technology company; P2C Champion.' },
  { name: 'ZTE Corporation', acronym: 'ZTE', sector: 'PRIVATE_SECTOR', country: 'CN', website: 'https://www.zte.com.cn', description: 'Telecommunications equipment and systems company; P2C Champion.' },
  { name: 'Kigali Fibre Networks Ltd', sector: 'PRIVATE_SECTOR', country: 'RW', website: 'https://kigali-fibre-networks.example.com', description: 'Fictional wholesale fibre operator (demonstration data); P2C Champion.' },
  { name: 'Meridian Orbital Connectivity Inc.', sector: 'PRIVATE_SECTOR', country: 'US', website: 'https://meridian-orbital.example.com', description: 'Fictional satellite broadband operator (demonstration data); P2C Champion.' },
  { name: 'Baobab Digital Foundation', sector: 'CIVIL_SOCIETY', country: 'KE', website: 'https://baobab-digital.example.org', description: 'Fictional foundation for digital inclusion (demonstration data); P2C Champion.' },
  { name: 'Global Last-Mile Investment Facility', acronym: 'GLMIF', sector: 'INTERNATIONAL_ORGANIZATION', country: 'CH', website: 'https://glmif.example.org', description: 'Fictional blended-finance facility (demonstration data); P2C Champion.' },
  { name: 'Andes Telecom Group S.A.', sector: 'PRIVATE_SECTOR', country: 'PE', website: 'https://andes-telecom.example.com', description: 'Fictional mobile operator (demonstration data); P2C Champion.' },
];

/** Legal-form suffixes of company names, by country. */
export const COMPANY_SUFFIXES: Record<string, readonly string[]> = {
  US: ['Inc.', 'LLC', 'Corp.'], CA: ['Inc.', 'Ltd'], GB: ['Ltd', 'plc'], IE: ['Ltd'], FR: ['S.A.', 'SAS'], DE: ['GmbH', 'AG'],
  AT: ['GmbH'], CH: ['AG', 'SA'], IT: ['S.p.A.', 'S.r.l.'], ES: ['S.A.', 'S.L.'], PT: ['S.A.', 'Lda'], NL: ['B.V.', 'N.V.'],
  BE: ['SA', 'NV'], SE: ['AB'], NO: ['AS'], DK: ['A/S'], FI: ['Oy'], PL: ['S.A.', 'Sp. z o.o.'], JP: ['K.K.', 'Co., Ltd'],
  CN: ['Co., Ltd'], KR: ['Co., Ltd'], IN: ['Pvt Ltd', 'Ltd'], BR: ['Ltda', 'S.A.'], MX: ['S.A. de C.V.'], AR: ['S.A.'],
  CL: ['SpA', 'S.A.'], CO: ['S.A.S.'], PE: ['S.A.C.', 'S.A.'], SN: ['SARL', 'SA'], CI: ['SA', 'SARL'], CM: ['SA'], ML: ['SARL'],
  BF: ['SA'], BJ: ['SA'], MA: ['SARL', 'SA'], TN: ['SA'], DZ: ['SPA'], ID: ['PT', 'Tbk'], MY: ['Sdn Bhd'], SG: ['Pte Ltd'],
  TR: ['A.Ş.'], RU: ['JSC', 'LLC'], KZ: ['JSC', 'LLP'], AE: ['LLC', 'FZ-LLC'], SA: ['Co.'], EG: ['S.A.E.'], ZA: ['(Pty) Ltd'],
  AU: ['Pty Ltd'], NZ: ['Ltd'], PH: ['Inc.', 'Corp.'], TH: ['Co., Ltd', 'PCL'], VN: ['JSC', 'Co., Ltd'],
};
