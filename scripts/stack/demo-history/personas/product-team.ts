/**
 * Daniel's product and data team, and Sipho under Amara: steady history across continents.
 * Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, theirs, type PersonaHistory } from '../history-spec';

const grace: PersonaHistory = {
  key: 'grace.achieng',
  direction: {
    text: 'Lead a group of product managers within three years, and keep a product area of my own while I learn how.',
    recorded: d(125),
  },
  conversations: [
    {
      kind: 'full',
      at: d(125),
      focus: 'where-now',
      aspirationRecorded: true,
      notes:
        'Grace is clear about product leadership; she wants to practise before she is asked to.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Whether Grace wants to manage product managers or lead a bigger product area.',
        add: [
          theirs(
            'payments-strategy',
            'action',
            'Write the payments product strategy for the next two quarters',
            d(95),
            d(97),
          ),
          mine(
            'product-review',
            'raise-profile',
            "Put Grace's payments strategy on the agenda of Elena's product review",
            d(90),
            d(89),
          ),
        ],
        reviews: [{ month: d(95), aspect: 'How the payments strategy was received' }],
      },
    },
    { kind: 'review', at: d(95), notes: 'Strategy shared with Payments engineering.' },
    {
      kind: 'review',
      at: d(64),
      notes: 'Strategy presented at the product review; good questions on pricing.',
    },
    {
      kind: 'full',
      at: d(35),
      focus: 'close-the-gap',
      notes:
        'The strategy landed well. Grace takes a first step in leading others by mentoring Leila.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the strategy landed well. Grace mentors Leila through a planning cycle as a first step in leading others.',
        openQuestion: 'What Grace wants to learn from mentoring before taking on a group.',
        add: [
          theirs(
            'mentor-leila',
            'behaviour',
            'Mentor Leila Haddad through one planning cycle',
            d(-25),
          ),
          theirs('leadership-course', 'learning', 'Complete the product leadership course', d(-40)),
          mine(
            'planning-feedback',
            'skill-feedback',
            'Give Grace feedback on how she runs the quarterly planning meeting',
            d(10),
            d(12),
          ),
        ],
        reviews: [{ month: d(5), aspect: 'How mentoring Leila is going' }],
      },
    },
    {
      kind: 'review',
      at: d(6),
      notes: 'First sessions with Leila held. Feedback on planning given.',
    },
  ],
};

const mohammed: PersonaHistory = {
  key: 'mohammed.rahman',
  direction: {
    text: 'Become a data scientist: from reporting into modelling, starting with forecasting.',
    recorded: d(145),
  },
  conversations: [
    {
      kind: 'full',
      at: d(145),
      focus: 'where-now',
      aspirationRecorded: true,
      notes: 'Mohammed finds the monthly reporting repetitive and wants to build models.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Which modelling work Mohammed could start on while keeping the reporting running.',
        add: [
          theirs(
            'forecasting-course',
            'learning',
            'Complete the time-series forecasting course',
            d(100),
            d(104),
          ),
          mine(
            'intro-mei',
            'introduction',
            'Introduce Mohammed to Mei Lin for a monthly session on modelling practice',
            d(130),
            d(131),
          ),
        ],
        reviews: [{ month: d(115), aspect: 'Forecasting course progress' }],
      },
    },
    { kind: 'review', at: d(115), notes: 'Course halfway. First session with Mei held.' },
    { kind: 'review', at: d(85), notes: 'Course finished.' },
    {
      kind: 'full',
      at: d(55),
      focus: 'close-the-gap',
      notes: 'Mohammed builds a first forecast for real use and hands over part of the reporting.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the course is done. Mohammed builds a first forecast for real use.',
        openQuestion: 'How much reporting work Mohammed can hand over to make room for modelling.',
        add: [
          theirs(
            'demand-forecast',
            'action',
            'Build the weekly demand forecast for the support team and compare it with last quarter',
            d(-15),
          ),
          theirs(
            'reporting-docs',
            'action',
            'Document the monthly reporting so someone else can run it',
            d(20),
            d(22),
          ),
          mine(
            'support-time',
            'other-manager',
            'Agree with the support lead that Mohammed spends two days a week on the forecast',
            d(45),
            d(47),
          ),
        ],
        reviews: [{ month: d(25), aspect: 'First forecast results' }],
      },
    },
    { kind: 'review', at: d(12), notes: 'Forecast prototype running; reporting documented.' },
    { kind: 'full', at: d(-20), focus: 'where-to-go', prompt: 'mail', notes: '' },
  ],
};

const mei: PersonaHistory = {
  key: 'mei.lin',
  direction: {
    text: 'Go deep on experimentation methods: become the person who designs how Contoso runs experiments, not only the one who analyses them.',
    recorded: d(165),
  },
  conversations: [
    {
      kind: 'full',
      at: d(165),
      focus: 'where-now',
      aspirationRecorded: true,
      prompt: 'chat',
      notes: 'Mei enjoys methodology more than dashboards.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'Where experimentation work would have the most impact here.',
        add: [
          theirs(
            'checklist',
            'action',
            'Write the experimentation design checklist for product teams',
            d(120),
            d(118),
          ),
          mine(
            'all-hands',
            'raise-profile',
            'Nominate Mei to present the checklist at the product all-hands',
            d(110),
            d(108),
          ),
        ],
        reviews: [{ month: d(135), aspect: 'Checklist draft' }],
      },
    },
    { kind: 'review', at: d(135), notes: 'Checklist drafted; two teams trying it.' },
    { kind: 'review', at: d(105), notes: 'Presented at the all-hands.' },
    {
      kind: 'full',
      at: d(70),
      focus: 'close-the-gap',
      prompt: 'chat',
      notes:
        'The checklist is in use by three teams. Mei now works on what an experimentation platform needs.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the checklist is in use by three teams. Mei now writes the requirements for an experimentation platform.',
        openQuestion: 'Whether an experimentation platform is something Contoso will fund.',
        add: [
          theirs(
            'requirements',
            'action',
            "Write the requirements for the experimentation platform with Arjun's team",
            d(20),
            d(21),
          ),
          theirs(
            'meetup-talk',
            'action',
            'Submit a talk on sequential testing to the data community meetup',
            d(40),
            d(45),
          ),
          mine(
            'budget',
            'talk-to-own-manager',
            "Ask Elena whether the experimentation platform can be part of next year's budget discussion, and tell Mei the answer",
            d(35),
            d(36),
          ),
        ],
        reviews: [{ month: d(45), aspect: 'Requirements review' }],
      },
    },
    { kind: 'review', at: d(45), notes: 'Requirements in review with Arjun.' },
    {
      kind: 'review',
      at: d(15),
      notes: 'Requirements signed off. Budget question raised with Elena.',
    },
  ],
};

const sipho: PersonaHistory = {
  key: 'sipho.dlamini',
  direction: {
    text: 'Stay an individual contributor: principal-level architecture work, with more time for writing and speaking outside the company.',
    recorded: d(190),
  },
  conversations: [
    {
      kind: 'full',
      at: d(190),
      focus: 'where-now',
      aspirationRecorded: true,
      notes: 'Sipho is content with the principal role and wants more time to write.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'How Sipho makes time for writing alongside the architecture work.',
        add: [
          theirs(
            'decision-records',
            'action',
            'Write the architecture decision records for the platform split',
            d(150),
            d(152),
          ),
          mine(
            'intro-elena',
            'introduction',
            'Introduce Sipho to Elena Vásquez to discuss an architecture review board',
            d(170),
            d(168),
          ),
        ],
        reviews: [{ month: d(160), aspect: 'The decision records' }],
      },
    },
    { kind: 'review', at: d(160), notes: 'Decision records half written.' },
    {
      kind: 'review',
      at: d(130),
      notes: 'Decision records done; Elena liked the review board idea.',
    },
    {
      kind: 'full',
      at: d(100),
      focus: 'close-the-gap',
      notes: 'Sipho mentors senior engineers and starts writing publicly.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: decision records written. Sipho mentors senior engineers and writes publicly.',
        openQuestion:
          "Whether speaking outside the company fits Sipho's week without crowding out the architecture work.",
        add: [
          theirs(
            'mentor-arjun',
            'behaviour',
            'Meet Arjun Mehta monthly about principal-level work',
            d(-30),
          ),
          theirs(
            'blog-posts',
            'action',
            'Publish two posts on the engineering blog about the platform split',
            d(40),
            d(50),
          ),
          mine(
            'fridays',
            'other-manager',
            "Clear Friday afternoons of meetings for Sipho's writing",
            d(85),
            d(86),
          ),
        ],
        reviews: [{ month: d(70), aspect: 'The first blog post' }],
      },
    },
    { kind: 'review', at: d(70), notes: 'First post published.' },
    {
      kind: 'review',
      at: d(40),
      notes: 'Second post published; monthly meetings with Arjun running.',
    },
    { kind: 'full', at: d(-6), focus: 'where-to-go', prompt: 'mail', notes: '' },
  ],
};

export const PRODUCT_TEAM: readonly PersonaHistory[] = [grace, mohammed, mei, sipho];
