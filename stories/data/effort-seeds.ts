/**
 * The efforts from the two seed pages (Isomer pages of a digital-government site, which the
 * demo rebuilds), with their real headings, descriptions, links and alt texts. The images are local placeholders
 * (stories/assets/effort-NN.svg): the real ones are not part of the seeds.
 */
import type { EffortCardData } from '../../src/effort-grid.js';

const site = 'https://www.tech.gov.sg/singapore-digital-government-journey/';
const image = (n: number): string => `/stories/assets/effort-${String(n).padStart(2, '0')}.svg`;

/**
 * Seed 001 ("Our Digital Government Efforts", What We Do): nine full cards, three a row.
 * `title` is the page's title (its front matter), `section` its place in the site's navigation
 * (not a heading on the page), `heading` the first heading of its body, which repeats the title.
 */
export const seed001Intro = {
  title: 'Our Digital Government Efforts',
  section: 'What We Do',
  heading: 'Our Digital Government Efforts',
  paragraphs: [
    'These efforts are aligned with the Digital Government Blueprint (DGB) 2.0, which represents the Government’s ambition to better leverage data, harness new technologies, and drive broader efforts to build a digital economy and society.',
    'These efforts help support the larger Smart Nation vision and are classified as the areas below:',
  ],
};

export const seed001Cards: EffortCardData[] = [
  {
    heading: 'Tech for Public Good',
    description:
      'Cultivating a Digital Government that is “Digital to the Core, and Serves with Heart,” GovTech has developed technologies that are tailored to the needs of our citizens and businesses and empower them to achieve a greater quality of life.',
    href: `${site}tech-for-public-good`,
    image: image(1),
    imageAlt: 'Technology being utilised to serve the public and improve the quality of living',
  },
  {
    heading: 'Citizen Engagement and Co-creation',
    description:
      'At GovTech, we believe that public engagement and participation will help us identify citizen’s needs more accurately and refine government products and services.',
    href: `${site}citizen-engagement-and-cocreation`,
    image: image(2),
    imageAlt: 'Citizen Engagement and Co-creation in the creation of products and services',
  },
  {
    heading: 'User and Business Journeys',
    description:
      'GovTech is committed to providing citizens and businesses with a simplified user journey and a single touchpoint to government services.',
    href: `${site}user-and-business-journeys`,
    image: image(3),
    imageAlt: 'Simplifying user and business journeys in accessing government services',
  },
  {
    heading: 'AI and Data Driven Government',
    description:
      'GovTech’s Data Science and AI Division facilitates whole of government adoption of data science and AI to deliver citizen-centric government services.',
    href: `${site}ai-and-data-driven-government`,
    image: image(4),
    imageAlt: 'Using AI technology to enhance citizen-centric government services.',
  },
  {
    heading: 'Digital Identity',
    description:
      'Singapore’s National Digital Identity Initiative (NDI) provides our citizens and businesses with more convenient and secure online transactions with both the government and private sector organisations.',
    href: `${site}digital-identity`,
    image: image(5),
    imageAlt: 'Enhancement of Digital Identity services for convenient and secure online transactions',
  },
  {
    heading: 'WOG Platforms and Tools',
    description:
      'Transacting with the government is aimed to be easy, seamless, and secure. Government agencies will upskill and collaborate to drive digitalisation and offer better services to citizens and businesses.',
    href: `${site}wog-platforms-and-tools`,
    image: image(6),
    imageAlt: 'WOG platform and tools makes transactions with government easy and secure.',
  },
  {
    heading: 'Cybersecurity',
    description:
      'The Cybersecurity Group (CSG) develops the cybersecurity strategy for the Government, secures the usage of government digital services for the public and protects the Government’s ICT systems and Smart systems.',
    href: `${site}cybersecurity`,
    image: image(7),
    imageAlt:
      'Cybersecurity Group (CSG) develops the cybersecurity strategy for the Government and secures digital services.',
  },
  {
    heading: 'Diversity and Inclusion',
    description:
      'We are committed to diversity and inclusion in all areas of our work with external and internal stakeholders, including empowering vulnerable communities, designing inclusive products, and creating an inclusive tech community.',
    href: `${site}diversity-and-inclusion`,
    image: image(8),
    imageAlt:
      'Commitment to diversity and inclusion in all areas of our work with external and internal stakeholders, local communities',
  },
  {
    heading: 'Sustainability',
    description:
      "As part of Singapore's Green Plan 2030, GovTech is taking the lead in decarbonising public sector technology in order to mitigate global warming and secure a smart and sustainable future for the people living in Singapore.",
    href: `${site}sustainability`,
    image: image(9),
    imageAlt:
      'GovTech to lead in decarbonising public sector technology to mitigate global warming and secure a smart and sustainable future for SG citizens.',
  },
];

/** Seed 000 ("Our Digital Government Efforts", Our Journey): eight image tiles with a bold caption. */
export const seed000Intro = {
  heading: 'Digital Government Efforts',
  paragraph: 'Our digital government efforts can be classified into these few areas:',
};

/**
 * The alt texts of seed 000, as published. In a tile the caption sits right under the image
 * and is the link's name, and each of these alt texts repeats its caption (the third one
 * repeats the second tile's caption by mistake), so the tiles mark their images as
 * decorative (`imageAlt: ""`) rather than have every name read twice. Kept here for reference.
 */
export const seed000PublishedAlt = [
  'Tech for Public Good',
  'Citizen Engagement and Co-creation',
  'Citizen Engagement and Co-creation',
  'AI and Data Driven Government',
  'Digital Identity',
  'WOG Platforms and Tools',
  'Cybersecurity',
  'Diversity and Inclusion',
];

export const seed000Tiles: EffortCardData[] = [
  ['Tech for Public Good', 'tech-for-public-good'],
  ['Citizen Engagement and Co-creation', 'citizen-engagement-and-cocreation'],
  ['User and Business Journeys', 'user-and-business-journeys'],
  ['AI and Data Driven Government', 'ai-and-data-driven-government'],
  ['Digital Identity', 'digital-identity'],
  ['WOG Platforms and Tools', 'wog-platforms-and-tools'],
  ['Cybersecurity', 'cybersecurity'],
  ['Diversity and Inclusion', 'diversity-and-inclusion'],
].map(([heading, path], index) => ({ heading, href: `${site}${path}`, image: image(index + 1), imageAlt: '' }));

/** The rest of seed 000, after the tiles (its satisfaction figure is an image, not included). */
export const seed000After = {
  achievementsHeading: 'National Achievements 2020',
  achievements:
    'The Survey on Satisfaction with Government Digital Services for citizens and businesses is conducted annually by GovTech in collaboration with the Smart Nation and Digital Government Office (SNDGO) to assess citizens’ and businesses’ satisfaction with key government digital services and to identify areas for improvement.',
  contactHeading: 'Contact information for international collaboration opportunities',
};

/** Made-up cards for the element stories and tests (not from the seeds). */
export const exampleCards: EffortCardData[] = [
  {
    heading: 'Same-site effort',
    description: 'A card that links within this site.',
    href: '/efforts/same-site',
    image: image(1),
    imageAlt: 'Blue placeholder picture',
  },
  {
    heading: 'Decorative image',
    description: 'The image adds nothing the text does not say.',
    href: '/efforts/decorative',
    image: image(2),
    imageAlt: '',
  },
  {
    heading: 'Without a link',
    description: 'A card without href is not a link.',
    image: image(3),
    imageAlt: 'Purple placeholder picture',
  },
];
