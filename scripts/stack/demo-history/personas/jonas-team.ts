/**
 * Jonas's design team on a regular quarterly series, and Leila, whose goals changed.
 * Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, theirs, type PersonaHistory } from '../history-spec';

const sofia: PersonaHistory = {
  key: 'sofia.marin',
  direction: {
    text: 'Lead a small design team in a year or two. Until then I want to practise: mentoring, running critiques and hiring.',
    recorded: d(130),
  },
  conversations: [
    {
      kind: 'full',
      at: d(130),
      focus: 'where-now',
      inSeries: true,
      aspirationRecorded: true,
      notes: 'Sofia is energised by critiques and by helping newer designers.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'Whether Sofia wants to lead a team or lead the craft.',
        add: [
          theirs(
            'critique',
            'action',
            'Run the weekly design critique for a quarter',
            d(45),
            d(47),
          ),
          theirs(
            'mentor-emeka',
            'behaviour',
            'Mentor Emeka on interaction patterns every fortnight',
            d(60),
            d(58),
          ),
          mine(
            'hiring-panel',
            'lead-opportunity',
            'Add Sofia to the design hiring panel, with a briefing before her first interview',
            d(110),
            d(112),
          ),
        ],
        reviews: [{ month: d(100), aspect: 'How the critiques are going' }],
      },
    },
    { kind: 'review', at: d(100), notes: 'Critiques are well attended.' },
    { kind: 'review', at: d(70), notes: 'Mentoring Emeka going well; two interviews done.' },
    {
      kind: 'full',
      at: d(40),
      focus: 'where-to-go',
      inSeries: true,
      notes:
        'Critiques and mentoring went well. Sofia wants hiring experience and a first taste of planning.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: critiques and mentoring went well. Next, hiring experience and a first taste of planning.',
        openQuestion:
          'What Sofia would need to be ready for leading a team, and how she would know she is.',
        add: [
          theirs(
            'interviews',
            'action',
            'Interview four candidates and write structured feedback for each',
            d(-20),
          ),
          theirs(
            'quarterly-plan',
            'action',
            "Draft the design team's quarterly plan with Jonas",
            d(10),
            d(11),
          ),
          mine(
            'leaders-course',
            'other-manager',
            'Book Sofia onto the next first-time leaders course',
            d(5),
            d(8),
          ),
        ],
        reviews: [{ month: d(10), aspect: 'The quality of her hiring feedback' }],
      },
    },
    { kind: 'review', at: d(10), notes: 'Quarterly plan drafted together. Two interviews done.' },
  ],
};

const kenji: PersonaHistory = {
  key: 'kenji.watanabe',
  direction: {
    text: 'Run the research practice one day: set up how we do research across product teams, not only run studies.',
    recorded: d(155),
  },
  conversations: [
    {
      kind: 'full',
      at: d(155),
      focus: 'where-now',
      inSeries: true,
      aspirationRecorded: true,
      prompt: 'chat',
      notes: 'Kenji is frustrated that studies get lost once they are done.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'What running the research practice would mean in a company our size.',
        add: [
          theirs(
            'repository',
            'action',
            "Set up the shared research repository and move last year's studies into it",
            d(110),
            d(108),
          ),
          mine(
            'intro-daniel',
            'introduction',
            'Introduce Kenji to Daniel Kim to agree how product managers request research',
            d(140),
            d(139),
          ),
        ],
        reviews: [{ month: d(125), aspect: 'Repository adoption by product managers' }],
      },
    },
    { kind: 'review', at: d(125), notes: 'Repository set up; half the studies moved.' },
    { kind: 'review', at: d(95), notes: 'Product managers are using the repository.' },
    {
      kind: 'full',
      at: d(65),
      focus: 'close-the-gap',
      inSeries: true,
      prompt: 'chat',
      notes: 'The repository is in use. Kenji wants to teach others to run small studies.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the repository is in use. Next, Kenji trains others to run lightweight studies.',
        openQuestion:
          'Whether the research practice needs a second researcher, and how Kenji makes the case.',
        add: [
          theirs(
            'training',
            'action',
            'Run two training sessions on lightweight usability testing for product teams',
            d(15),
            d(16),
          ),
          theirs('ops-guide', 'action', 'Write the research operations guide', d(-25)),
          mine(
            'case-amara',
            'talk-to-own-manager',
            'Raise the case for a second researcher with Amara at the planning review, and report back to Kenji',
            d(30),
            d(29),
          ),
        ],
        reviews: [{ month: d(30), aspect: 'Feedback from the training sessions' }],
      },
    },
    { kind: 'review', at: d(35), notes: 'First training session done; good feedback.' },
    { kind: 'review', at: d(8), notes: 'Second training session done. Operations guide outlined.' },
    { kind: 'full', at: d(-24), focus: 'where-to-go', inSeries: true, prompt: 'chat', notes: '' },
  ],
};

const leila: PersonaHistory = {
  key: 'leila.haddad',
  direction: {
    text: 'Product management. I want to decide what we build and why, not only how it looks. Design leadership was the plan a year ago; it is not what I want now.',
    recorded: d(18),
  },
  conversations: [
    {
      kind: 'full',
      at: d(110),
      focus: 'where-now',
      inSeries: true,
      aspirationRecorded: true,
      notes: 'Leila wants to grow into design leadership and start with the design system.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'What kind of design leadership Leila wants: leading people or leading the design system.',
        add: [
          theirs('guild', 'action', 'Run the design system guild for a quarter', d(15)),
          theirs(
            'workshop',
            'action',
            'Facilitate the discovery workshop for the onboarding redesign',
            d(70),
            d(72),
          ),
          mine(
            'onboarding',
            'lead-opportunity',
            'Hand Leila ownership of the onboarding redesign and meet weekly for its first month',
            d(95),
            d(96),
          ),
        ],
        reviews: [{ month: d(80), aspect: 'How the guild is going' }],
      },
    },
    {
      kind: 'review',
      at: d(80),
      notes: 'Guild running, attendance dropping. Leila enjoyed the discovery workshop far more.',
    },
    {
      kind: 'review',
      at: d(50),
      notes: 'Leila spent time with the product managers on the onboarding metrics.',
    },
    {
      kind: 'informal',
      at: d(20),
      notes:
        'Leila is enjoying the product side of the onboarding work more than the guild. Agreed to talk properly about direction.',
    },
    {
      kind: 'full',
      at: d(18),
      focus: 'where-to-go',
      aspirationRecorded: true,
      prompt: 'mail',
      notes:
        "Leila's direction has changed: product management rather than design leadership. We updated the contract to match.",
      contract: {
        reason: 'goals-changed',
        note: 'Leila wants to go towards product management rather than design leadership. We dropped the guild and agreed first steps into product work.',
        openQuestion:
          'Whether a path from design into product management is realistic here, and on what timeline.',
        drop: [
          {
            ref: 'guild',
            why: 'Her direction is now product management; the guild no longer serves it.',
          },
        ],
        add: [
          theirs(
            'shadow-grace',
            'action',
            'Shadow Grace Achieng through one planning cycle and write down what surprised her',
            d(-25),
          ),
          theirs(
            'problem-statement',
            'action',
            'Write the problem statement for the onboarding metrics work with its product manager',
            d(5),
            d(6),
          ),
          mine(
            'intro-daniel',
            'introduction',
            'Introduce Leila to Daniel Kim to talk about what product management looks like here',
            d(8),
            d(10),
          ),
          mine(
            'talk-amara',
            'talk-to-own-manager',
            'Talk to Amara about what a design-to-product path could look like, and share what I learn with Leila',
            d(-12),
          ),
        ],
        reviews: [{ month: d(-12), aspect: 'What Leila learned shadowing the planning cycle' }],
      },
    },
  ],
};

const emeka: PersonaHistory = {
  key: 'emeka.nwosu',
  direction: {
    text: 'Grow into a senior content designer who shapes the voice of the whole product, and maybe write a style guide people outside Contoso use.',
    recorded: d(120),
  },
  conversations: [
    {
      kind: 'full',
      at: d(120),
      focus: 'where-now',
      inSeries: true,
      aspirationRecorded: true,
      notes: 'Emeka wants the product to sound like one voice.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'Which product area gives Emeka the most room to shape the voice.',
        add: [
          theirs('voice-guide', 'action', 'Draft the product voice and tone guide', d(80), d(82)),
          mine(
            'pair-sofia',
            'mentor-connection',
            'Pair Emeka with Sofia Marin for fortnightly interaction pattern sessions',
            d(110),
            d(111),
          ),
        ],
        reviews: [{ month: d(90), aspect: 'Voice guide draft' }],
      },
    },
    { kind: 'review', at: d(90), notes: 'Voice guide outline shared.' },
    { kind: 'review', at: d(60), notes: 'Voice guide drafted.' },
    {
      kind: 'full',
      at: d(30),
      focus: 'close-the-gap',
      inSeries: true,
      notes: 'Voice guide drafted. Next is getting teams to use it.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the voice guide is drafted. Next, getting it adopted by two product teams.',
        openQuestion: 'Whether the voice guide could be published outside Contoso.',
        add: [
          theirs(
            'adoption',
            'action',
            'Run adoption sessions for the voice guide with two product teams',
            d(-30),
          ),
          theirs(
            'billing-errors',
            'action',
            'Rewrite the error messages in the billing flow using the guide',
            d(5),
            d(7),
          ),
          mine(
            'all-hands',
            'raise-profile',
            'Book Emeka a slot at the all-hands to present the voice guide',
            d(-20),
          ),
        ],
        reviews: [{ month: d(-10), aspect: 'Adoption by the two product teams' }],
      },
    },
    {
      kind: 'review',
      at: d(8),
      notes: 'Billing error messages rewritten; first adoption session booked.',
    },
  ],
};

export const JONAS_TEAM: readonly PersonaHistory[] = [sofia, kenji, leila, emeka];
