/** Word lists the seeders draw realistic-looking people, places and companies from. */

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Oliver', 'Sophia', 'Elijah', 'Isabella', 'Lucas', 'Mia', 'Mateo',
  'Amelia', 'Levi', 'Harper', 'Ethan', 'Evelyn', 'James', 'Aoife', 'Cian', 'Saoirse', 'Niamh', 'Priya', 'Arjun',
  'Yuki', 'Hiroshi', 'Chen', 'Mei', 'Fatima', 'Omar', 'Lena', 'Jonas', 'Chloé', 'Hugo', 'Sofía', 'Diego',
  'Amara', 'Kwame', 'Ingrid', 'Lars', 'Zoe', 'Gabriel', 'Nora', 'Felix', 'Maya', 'Leo', 'Clara', 'Adam',
] as const;

export const LAST_NAMES = [
  'Murphy', 'Kelly', 'Byrne', 'Walsh', 'Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Martinez', 'Rossi',
  'Müller', 'Schmidt', 'Dubois', 'Moreau', 'Tanaka', 'Suzuki', 'Wang', 'Li', 'Patel', 'Sharma', 'Okafor',
  'Mensah', 'Nielsen', 'Andersson', 'Kowalski', 'Novak', 'Silva', 'Santos', 'Cohen', 'Levy', 'Nguyen', 'Kim',
  'Park', "O'Brien", 'Fitzgerald', 'Lopez', 'Hernandez', 'Clarke', 'Taylor',
] as const;

export interface Place {
  city: string;
  region: string;
  country: string;
  countryCode: string;
  continentCode: string;
  phonePrefix: string;
  language: string;
}

export const PLACES: readonly Place[] = [
  { city: 'Dublin', region: 'Leinster', country: 'Ireland', countryCode: 'IRL', continentCode: 'EU', phonePrefix: '+353 1', language: 'en' },
  { city: 'San Francisco', region: 'California', country: 'United States', countryCode: 'USA', continentCode: 'NA', phonePrefix: '+1 415', language: 'en' },
  { city: 'New York', region: 'New York', country: 'United States', countryCode: 'USA', continentCode: 'NA', phonePrefix: '+1 212', language: 'en' },
  { city: 'Chicago', region: 'Illinois', country: 'United States', countryCode: 'USA', continentCode: 'NA', phonePrefix: '+1 312', language: 'en' },
  { city: 'London', region: 'England', country: 'United Kingdom', countryCode: 'GBR', continentCode: 'EU', phonePrefix: '+44 20', language: 'en' },
  { city: 'Berlin', region: 'Berlin', country: 'Germany', countryCode: 'DEU', continentCode: 'EU', phonePrefix: '+49 30', language: 'de' },
  { city: 'Paris', region: 'Île-de-France', country: 'France', countryCode: 'FRA', continentCode: 'EU', phonePrefix: '+33 1', language: 'fr' },
  { city: 'Madrid', region: 'Madrid', country: 'Spain', countryCode: 'ESP', continentCode: 'EU', phonePrefix: '+34 91', language: 'es' },
  { city: 'Tokyo', region: 'Tokyo', country: 'Japan', countryCode: 'JPN', continentCode: 'AS', phonePrefix: '+81 3', language: 'ja' },
  { city: 'Bangalore', region: 'Karnataka', country: 'India', countryCode: 'IND', continentCode: 'AS', phonePrefix: '+91 80', language: 'en' },
  { city: 'Sydney', region: 'New South Wales', country: 'Australia', countryCode: 'AUS', continentCode: 'OC', phonePrefix: '+61 2', language: 'en' },
  { city: 'São Paulo', region: 'São Paulo', country: 'Brazil', countryCode: 'BRA', continentCode: 'SA', phonePrefix: '+55 11', language: 'pt' },
  { city: 'Lagos', region: 'Lagos', country: 'Nigeria', countryCode: 'NGA', continentCode: 'AF', phonePrefix: '+234 1', language: 'en' },
  { city: 'Toronto', region: 'Ontario', country: 'Canada', countryCode: 'CAN', continentCode: 'NA', phonePrefix: '+1 416', language: 'en' },
  { city: 'Stockholm', region: 'Stockholm', country: 'Sweden', countryCode: 'SWE', continentCode: 'EU', phonePrefix: '+46 8', language: 'sv' },
];

export const BROWSERS = ['chrome', 'safari', 'firefox', 'edge'] as const;
export const OPERATING_SYSTEMS = ['OS X 14.4', 'Windows 11', 'Windows 10', 'iOS 17.4', 'Android 14', 'Linux'] as const;
export const JOB_TITLES = [
  'Engineer', 'Product Manager', 'Designer', 'Founder', 'Support Lead', 'Sales Manager', 'Marketing Manager',
  'Data Analyst', 'CTO', 'Customer Success Manager', 'Philosopher',
] as const;
export const PLANS = ['free', 'starter', 'pro', 'enterprise'] as const;
export const INDUSTRIES = ['Software', 'Retail', 'Finance', 'Healthcare', 'Education', 'Media', 'Logistics', 'Manufacturing'] as const;
export const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com'] as const;
export const COMPANY_WORDS = [
  'Acme', 'Globex', 'Initech', 'Umbrella', 'Stark', 'Wayne', 'Hooli', 'Pied Piper', 'Vandelay', 'Soylent',
  'Tyrell', 'Cyberdyne', 'Wonka', 'Oscorp', 'Gringotts', 'Monarch', 'Aperture', 'Black Mesa', 'Dunder', 'Sterling',
] as const;
export const COMPANY_SUFFIXES = ['Labs', 'Inc', 'Ltd', 'Group', 'Systems', 'Partners', 'Analytics', 'Studio'] as const;
export const TAG_WORDS = [
  'vip', 'beta', 'churn-risk', 'feature-request', 'bug-report', 'enterprise-trial', 'newsletter', 'webinar',
  'onboarding', 'upsell', 'partner', 'reseller', 'nps-promoter', 'nps-detractor', 'billing', 'priority',
  'mobile', 'api-user', 'integrations', 'event-2024', 'conference', 'referral', 'student', 'nonprofit', 'agency',
] as const;
export const CONVERSATION_TITLES = [
  'Cannot log in', 'Question about billing', 'Feature request: dark mode', 'Export to CSV fails',
  'How do I invite my team?', 'Upgrade to Pro', 'API rate limits', 'Refund request', 'Integration with Slack',
  'Password reset email not arriving',
] as const;
