/**
 * Priya's reports with a signal: a quarter that slipped, an approach from another organisation, a
 * milestone just shipped.
 * Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, mo, theirs, type PersonaHistory } from '../history-spec';

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

const zeynep: PersonaHistory = {
  key: 'zeynep.kaya',
  direction: {
    text: 'Engineering manager in three years. Running the storage migration showed me I like unblocking people more than I expected.',
    recorded: d(50),
  },
  triggers: [{ trigger: 'major-milestone', logged: d(4) }],
  conversations: [
    {
      kind: 'full',
      at: d(140),
      focus: 'where-now',
      notes: 'Zeynep is energised by the storage migration and wants to see it through.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion: 'Whether Zeynep wants to lead people or lead projects.',
        add: [
          theirs(
            'migration-plan',
            'action',
            'Lead the planning of the storage migration and present the plan to the team',
            d(110),
            d(112),
          ),
          mine(
            'standup-feedback',
            'skill-feedback',
            'Give Zeynep feedback on how she runs the migration stand-ups, after the second and the fifth',
            d(100),
            d(95),
          ),
        ],
        reviews: [{ month: d(110), aspect: 'The migration plan and how the team received it' }],
      },
    },
    {
      kind: 'review',
      at: d(110),
      notes: 'Plan presented; the team asked good questions about rollback.',
    },
    {
      kind: 'review',
      at: d(80),
      notes: 'Migration on schedule. Feedback on the stand-ups given twice.',
    },
    {
      kind: 'full',
      at: d(50),
      focus: 'where-to-go',
      aspirationRecorded: true,
      notes:
        'Zeynep wants to try people leadership. Agreed a small first step that fits the migration.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: Zeynep wants to try people leadership. Agreed a first step that fits the migration: she runs 1:1s with the two engineers joining it.',
        openQuestion:
          'Whether the engineering manager path is what Zeynep wants once she has tried leading people.',
        add: [
          theirs(
            'one-on-ones',
            'action',
            'Run weekly 1:1s with the two engineers joining the migration',
            d(10),
            d(12),
          ),
          theirs(
            'retro',
            'action',
            'Run the migration retrospective and share what she would do differently',
            d(-10),
          ),
          mine(
            'talk-amara',
            'talk-to-own-manager',
            'Talk to Amara about what a first people-leadership step for Zeynep could look like',
            d(25),
            d(26),
          ),
        ],
        reviews: [{ month: d(20), aspect: 'How the 1:1s with the two engineers are going' }],
      },
    },
    {
      kind: 'review',
      at: d(20),
      notes: '1:1s running. Zeynep asked for reading on giving feedback.',
    },
  ],
};

export const PRIYA_SIGNALS: readonly PersonaHistory[] = [wei, noah, zeynep];
