/**
 * Priya's reports, part one: the transition points and the ambition the organisation cannot
 * offer. Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, mo, theirs, type PersonaHistory } from './history-spec';

const liam: PersonaHistory = {
  key: 'liam.oconnor',
  direction: {
    text: 'Staff engineer within three years: setting technical direction for Platform with the other staff engineers, still writing code most weeks, and mentoring two or three people.',
    recorded: d(200),
  },
  transitions: [{ transition: 'promotion-decision' }],
  triggers: [{ trigger: 'promotion-not-progressed', logged: d(9) }],
  conversations: [
    {
      kind: 'full',
      at: d(200),
      focus: 'where-now',
      aspirationRecorded: true,
      notes:
        'Liam does his best work on gnarly cross-team design problems. He wants the Staff case to be about influence, not only output.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Whether the Staff case is strongest on the scheduler rewrite or on cross-team design reviews.',
        add: [
          theirs(
            'design-doc',
            'action',
            'Write the design doc for the scheduler rewrite and run its review with the staff engineers',
            d(150),
            d(152),
          ),
          theirs(
            'pair-rahul',
            'behaviour',
            'Pair weekly with Rahul on the queueing work and hand him the on-call runbook',
            d(120),
            d(125),
          ),
          mine(
            'talk-amara',
            'talk-to-own-manager',
            "Talk to Amara about Liam's Staff case and agree what evidence the panel needs",
            d(170),
            d(172),
          ),
          mine(
            'review-feedback',
            'skill-feedback',
            'Give Liam written feedback on the first design review he leads',
            d(140),
            d(138),
          ),
        ],
        reviews: [
          {
            month: d(170),
            aspect: 'Whether the design review gave Liam the cross-team visibility the case needs',
          },
          { month: d(110), aspect: 'How the pairing with Rahul is going' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(170),
      notes:
        'Design doc draft is with the staff group. Amara confirmed the panel wants two cross-team examples, not one.',
    },
    {
      kind: 'review',
      at: d(140),
      notes:
        'Feedback on the design review given: strong on trade-offs, shorter write-ups next time.',
    },
    {
      kind: 'full',
      at: d(110),
      focus: 'where-to-go',
      notes:
        'Design doc and pairing both done. Liam still wants the Staff path; agreed the case goes to the next calibration with two cross-team examples.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the design doc and the pairing are done; the Staff case goes to the next calibration with two cross-team examples.',
        openQuestion:
          'Whether the next calibration is the right moment, or whether one more cross-team project makes the case clearer.',
        add: [
          theirs(
            'incident-reviews',
            'action',
            'Lead the joint incident reviews with the Data team for one quarter',
            d(20),
            d(24),
          ),
          mine(
            'calibration',
            'talk-to-own-manager',
            "Put Liam's Staff case to the calibration panel with Amara, with the two cross-team examples",
            d(60),
            d(62),
          ),
        ],
        reviews: [
          { month: d(80), aspect: 'What the calibration panel said and what it asks for next' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(75),
      notes:
        'The panel asked for one more quarter of evidence on cross-team influence. Talked through what that means in practice.',
    },
    {
      kind: 'full',
      at: d(42),
      focus: 'close-the-gap',
      notes:
        'Liam is disappointed the case did not go through and said so. We went through what the panel asked for and agreed who does what before the next round.',
      contract: {
        reason: 'quarterly-update',
        note: 'The Staff case did not go through at calibration. Agreed what evidence the panel asked for and who does what before the next round.',
        openQuestion:
          'Whether the next calibration round is realistic, or whether a different kind of evidence would serve Liam better.',
        add: [
          theirs(
            'rfc',
            'action',
            'Run the cross-team RFC for the new deployment model and collect written feedback from three teams',
            d(-25),
          ),
          mine(
            'panel-feedback',
            'skill-feedback',
            "Share the calibration panel's written feedback with Liam and go through it together",
            d(12),
          ),
          mine(
            'intro-sipho',
            'introduction',
            'Introduce Liam to Sipho and book a first meeting about principal-level design work',
            d(28),
            d(31),
          ),
        ],
        reviews: [{ month: d(-10), aspect: 'Feedback from the three teams on the RFC' }],
      },
    },
    {
      kind: 'review',
      at: d(14),
      notes:
        'RFC draft circulated to Data and Payments. Still waiting on the written feedback from the panel.',
    },
    { kind: 'full', at: d(-4), focus: 'where-to-go', prompt: 'mail', notes: '' },
  ],
};

const yuki: PersonaHistory = {
  key: 'yuki.nakamura',
  direction: {
    text: 'Senior engineer on the client SDKs in three years, known for making them pleasant to use. I care more about good work at a steady pace than a fast track.',
    recorded: d(330),
  },
  transitions: [{ transition: 'returning-from-leave' }],
  conversations: [
    {
      kind: 'full',
      at: d(330),
      focus: 'where-now',
      aspirationRecorded: true,
      prompt: 'chat',
      notes: 'Yuki is energised by developer experience work and drained by release firefighting.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'How to keep the SDK work moving while Yuki is on parental leave, and what she wants to come back to.',
        add: [
          theirs(
            'guide',
            'action',
            'Rewrite the SDK getting-started guide and test it with two new joiners',
            d(300),
            d(302),
          ),
          theirs(
            'talk',
            'action',
            'Give the internal talk on SDK error handling at the engineering forum',
            d(295),
            d(297),
          ),
          mine(
            'forum-slot',
            'raise-profile',
            'Book Yuki a slot at the engineering forum for the SDK error-handling talk',
            d(315),
            d(318),
          ),
          mine(
            'cover',
            'other-manager',
            'Agree in writing with Wei who looks after the SDK backlog during the parental leave',
            d(295),
            d(299),
          ),
        ],
        reviews: [
          { month: d(300), aspect: 'How the getting-started guide landed with the new joiners' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(305),
      notes: 'Guide tested with two joiners; both had a build running in under an hour.',
    },
    {
      kind: 'full',
      at: d(292),
      focus: 'close-the-gap',
      notes: 'Last conversation before the parental leave. Nothing is due while Yuki is away.',
      contract: {
        reason: 'quarterly-update',
        note: "Before Yuki's parental leave: the guide and the talk are done. New dates start after her return; nothing is due while she is away.",
        openQuestion: 'What Yuki wants her first months back to look like.',
        add: [
          theirs(
            'return-pairing',
            'action',
            'Pair with Wei for the first two weeks back on the SDK release pipeline',
            d(-3),
          ),
          mine(
            'return-plan',
            'other-manager',
            'Agree a phased return plan with Yuki in her first week back, with hours she chooses',
            d(5),
            d(10),
          ),
        ],
        reviews: [{ month: d(-20), aspect: 'How the first month back has gone, in her words' }],
      },
    },
    {
      kind: 'informal',
      at: d(8),
      notes:
        'Welcome back. First week spent on the release pipeline with Wei. Yuki would like the full conversation once she has settled in.',
    },
    { kind: 'full', at: d(-3), focus: 'where-now', prompt: 'chat', notes: '' },
  ],
};

const chidi: PersonaHistory = {
  key: 'chidi.okeke',
  direction: {
    text: 'Running my own company in two or three years: developer tools for payments teams in West Africa. Until then I want to learn everything I can about running production systems at scale.',
    recorded: d(70),
  },
  conversations: [
    {
      kind: 'full',
      at: d(160),
      focus: 'where-now',
      notes:
        'Chidi is at his best when a problem touches customers directly. He finds internal tooling work flat.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Which parts of the platform work build the skills Chidi wants for the company he plans to found.',
        add: [
          theirs(
            'incident-command',
            'action',
            'Act as incident commander for two production incidents, with a written review of each',
            d(100),
            d(105),
          ),
          theirs(
            'discovery-course',
            'learning',
            'Complete the internal product discovery course and interview three internal customers',
            d(90),
            d(85),
          ),
          mine(
            'intro-daniel',
            'introduction',
            'Introduce Chidi to Daniel Kim to talk about how product bets are chosen here',
            d(145),
            d(150),
          ),
        ],
        reviews: [
          { month: d(130), aspect: 'What Chidi learned from commanding the first incident' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(128),
      notes: 'First incident done: calm under pressure; wants to tighten the written timeline.',
    },
    { kind: 'review', at: d(98), notes: 'Second incident done. Discovery interviews under way.' },
    {
      kind: 'full',
      at: d(70),
      focus: 'where-to-go',
      aspirationRecorded: true,
      notes:
        'Chidi described the company he wants to build. Priya said plainly that this organisation cannot offer that path, and asked what would be useful to learn here in the meantime.',
      contract: {
        reason: 'quarterly-update',
        note: 'We were honest that founding a company is not a path this organisation can offer. We agreed on the parts of that direction that can grow here: product discovery and owning a service end to end.',
        openQuestion:
          'Whether more product ownership inside Platform would serve Chidi for the next two years.',
        add: [
          theirs(
            'own-webhooks',
            'action',
            'Own the webhooks service end to end for a quarter, including its roadmap',
            d(-20),
          ),
          theirs(
            'portal-proposal',
            'action',
            "Write a one-page proposal for the developer portal and present it to Daniel's team",
            d(15),
            d(17),
          ),
          mine(
            'intro-grace',
            'mentor-connection',
            'Connect Chidi with Grace Achieng, who went from engineering into product, for two conversations',
            d(45),
          ),
        ],
        reviews: [
          { month: d(40), aspect: 'How the webhooks roadmap is shaping up' },
          { month: d(10), aspect: 'Feedback on the developer portal proposal' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(40),
      notes: 'Roadmap draft done. Introduction to Grace still to happen.',
    },
    {
      kind: 'review',
      at: d(12),
      notes: "Proposal went well with Daniel's team; they asked for a follow-up.",
    },
  ],
};

const ana: PersonaHistory = {
  key: 'ana.sousa',
  direction: {
    text: "I genuinely don't know. I like the puzzle-solving in engineering, but I'm not sure I want the next ten years to be backend services. Maybe something closer to the people who use what we build.",
    recorded: d(27),
  },
  // Flagged the day Ana said it in the check-in below.
  transitions: [{ transition: 'expressed-uncertainty', since: d(32) }],
  conversations: [
    {
      kind: 'full',
      at: d(125),
      focus: 'where-now',
      notes:
        'Ana enjoys debugging hard problems; less sure about long projects with no users in sight.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Whether deeper backend work is what Ana wants, or what she thinks is expected of her.',
        add: [
          theirs(
            'certification',
            'learning',
            'Complete the cloud architecture certification',
            d(40),
          ),
          theirs(
            'db-upgrade',
            'action',
            'Take over the database upgrade runbook and run the next upgrade',
            d(80),
            d(82),
          ),
          mine(
            'runbook-feedback',
            'skill-feedback',
            "Review Ana's first upgrade runbook with her and give written feedback",
            d(75),
            d(76),
          ),
        ],
        reviews: [{ month: d(95), aspect: 'How the database upgrade went' }],
      },
    },
    {
      kind: 'review',
      at: d(95),
      notes: 'Upgrade went smoothly. Ana is less excited about the certification than she was.',
    },
    {
      kind: 'review',
      at: d(62),
      notes: 'Certification paused halfway; Ana says it feels like box-ticking.',
    },
    {
      kind: 'informal',
      at: d(32),
      notes:
        'Ana is not sure engineering is still the right direction for her. Agreed to book a proper career conversation this week.',
    },
    {
      kind: 'full',
      at: d(27),
      focus: 'where-to-go',
      aspirationRecorded: true,
      prompt: 'mail',
      notes:
        "Ana doesn't know where she wants to go, and that is fine. We looked at what she is drawn to (users, explaining things) and what she is moving away from (long invisible projects).",
      contract: {
        reason: 'goals-changed',
        note: 'Ana is no longer sure backend depth is what she wants. We dropped the certification and agreed two short experiments instead, to learn what she is drawn to.',
        openQuestion: 'What Ana is drawn to, and what she is moving away from.',
        drop: [
          {
            ref: 'certification',
            why: 'Ana no longer wants to pursue backend depth; the certification stopped serving her direction.',
          },
        ],
        add: [
          theirs(
            'shadow-devex',
            'action',
            'Shadow the developer experience team for two days and write down what energised her',
            d(10),
            d(12),
          ),
          theirs(
            'research-sessions',
            'action',
            "Sit in on three user research sessions with Kenji's team",
            d(-14),
          ),
          mine(
            'intro-kenji',
            'introduction',
            'Introduce Ana to Kenji Watanabe and book the first research session she joins',
            d(20),
            d(24),
          ),
          mine(
            'debriefs',
            'other-manager',
            'Hold a 20-minute debrief with Ana after each experiment',
            d(-15),
          ),
        ],
        reviews: [
          { month: d(-5), aspect: 'What the two experiments taught Ana about her direction' },
        ],
      },
    },
  ],
};

const wei: PersonaHistory = {
  key: 'wei.zhang',
  direction: {
    text: "Stay hands-on in SRE and become the person who builds our on-call tooling. I don't want to manage people; I want our pager to be quieter.",
    recorded: mo(5),
  },
  conversations: [
    {
      kind: 'full',
      at: mo(8),
      focus: 'where-now',
      notes: 'Wei is happy in the role. The part that drains him is noisy alerts at night.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: "Whether on-call tooling can be Wei's main work rather than a side project.",
        add: [
          theirs(
            'proposal',
            'action',
            'Write the on-call tooling proposal with costs and the three biggest pain points',
            mo(7),
            mo(7, 3),
          ),
          theirs(
            'alerts',
            'action',
            'Cut the ten noisiest alerts and measure pages per week before and after',
            mo(6),
            mo(6, 2),
          ),
          mine(
            'funding',
            'talk-to-own-manager',
            'Ask Amara for a decision on funding a quarter of on-call tooling work',
            mo(7),
            mo(7, 5),
          ),
        ],
        reviews: [{ month: mo(7), aspect: 'Pages per week since the alert clean-up' }],
      },
    },
    {
      kind: 'review',
      at: mo(7),
      notes: 'Proposal written; Amara agreed to fund one quarter of tooling work.',
    },
    { kind: 'review', at: mo(6), notes: 'Pages per week down from 31 to 12.' },
    {
      kind: 'full',
      at: mo(5),
      focus: 'close-the-gap',
      summaryAfterDays: 4,
      notes:
        'The alert clean-up worked. Wei wants the tooling quarter to produce something other teams can use.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the alert clean-up worked. The tooling quarter is funded; the new commitments are about the tooling itself.',
        openQuestion: 'Whether Wei wants to present the tooling outside the team.',
        add: [
          theirs(
            'automation',
            'action',
            'Ship the runbook automation for the three most common pages',
            d(60),
            d(70),
          ),
          theirs('guild-demo', 'action', 'Demo the runbook automation at the SRE guild', d(35)),
          mine(
            'intro-sipho',
            'introduction',
            'Introduce Wei to Sipho Dlamini to review the tooling design, and book the meeting',
            d(30),
          ),
        ],
        reviews: [{ month: mo(4), aspect: 'Runbook automation progress' }],
      },
    },
    { kind: 'review', at: mo(4), notes: 'Runbook automation half done.' },
    {
      kind: 'full',
      at: d(45),
      state: 'cancelled',
      rescheduled: 2,
      focus: 'where-to-go',
      notes: '',
    },
  ],
};

const noah: PersonaHistory = {
  key: 'noah.cohen',
  direction: {
    text: 'Lead the SRE practice: setting reliability standards across teams, and maybe managing a small group of SREs. Not sure yet about the managing part.',
    recorded: d(60),
  },
  triggers: [{ trigger: 'approached-by-another-organisation', logged: d(5) }],
  conversations: [
    {
      kind: 'full',
      at: d(150),
      focus: 'where-now',
      notes: 'Noah wants more say in how incidents are run across teams.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'Whether Noah wants to manage people or set direction without reports.',
        add: [
          theirs(
            'standards',
            'action',
            'Draft reliability standards for tier-one services and review them with two teams',
            d(100),
            d(97),
          ),
          theirs(
            'retros',
            'action',
            'Run the SRE on-call retrospective every month for a quarter',
            d(70),
            d(65),
          ),
          mine(
            'chair',
            'raise-profile',
            'Ask Amara whether Noah can chair the cross-team incident review, and tell Noah her answer',
            d(120),
            d(118),
          ),
        ],
        reviews: [{ month: d(120), aspect: 'Feedback from the two teams on the standards draft' }],
      },
    },
    {
      kind: 'review',
      at: d(120),
      notes:
        'Standards reviewed with Payments; Data next. Amara agreed Noah chairs the incident review from next month.',
    },
    { kind: 'review', at: d(90), notes: 'Standards adopted by Payments.' },
    {
      kind: 'full',
      at: d(60),
      focus: 'where-to-go',
      aspirationRecorded: true,
      notes:
        'Standards adopted by two teams. Noah wants to try leading people before deciding whether to manage.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: standards adopted by two teams. Next, Noah mentors a new SRE and tries out people leadership before deciding.',
        openQuestion:
          'Whether Noah wants to manage people, or lead the practice as a senior individual contributor.',
        add: [
          theirs(
            'mentor-tomas',
            'behaviour',
            'Mentor Tomás through his first on-call rotation',
            d(10),
            d(14),
          ),
          theirs('leaders-course', 'learning', 'Complete the first-time leaders course', d(-30)),
          mine(
            'intro-jonas',
            'mentor-connection',
            'Connect Noah with Jonas Lindqvist to talk about what the first year of managing is like',
            d(40),
            d(38),
          ),
          mine(
            'forum-slot',
            'raise-profile',
            'Book Noah a slot at the engineering forum to present the reliability standards',
            d(20),
          ),
        ],
        reviews: [
          { month: d(30), aspect: 'How mentoring Tomás is going' },
          { month: d(-30), aspect: 'What Noah took from the leaders course' },
        ],
      },
    },
    {
      kind: 'review',
      at: d(30),
      notes: 'Mentoring is going well; Noah enjoys it more than he expected.',
    },
  ],
};

export const PLATFORM_TEAM_A: readonly PersonaHistory[] = [liam, yuki, chidi, ana, wei, noah];
