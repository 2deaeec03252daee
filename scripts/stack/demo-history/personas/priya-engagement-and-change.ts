/**
 * Priya's reports whose situation changed: a drop in engagement and a team merge. (Tomás Hernández
 * joined ten weeks ago and has had no career conversation yet: he has no history at all.)
 * Notes are what both parties see: short, factual, and never about leaving.
 */
import { d, mine, theirs, type PersonaHistory } from '../history-spec';

const isabella: PersonaHistory = {
  key: 'isabella.rossi',
  direction: {
    text: 'Frontend specialist in accessibility and design systems. I would like to be the person other teams ask about accessible components.',
    recorded: d(170),
  },
  triggers: [{ trigger: 'drop-in-engagement', logged: d(10) }],
  conversations: [
    {
      kind: 'full',
      at: d(170),
      focus: 'where-now',
      aspirationRecorded: true,
      notes:
        'Isabella lights up when talking about accessibility. She feels it is treated as a side task.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          "Whether Isabella's accessibility work can become a recognised part of her job.",
        add: [
          theirs(
            'audit-plan',
            'action',
            'Plan the accessibility audit of the admin console with the design team',
            d(140),
            d(141),
          ),
          mine(
            'intro-design',
            'introduction',
            "Introduce Isabella to Jonas Lindqvist's design system group and book the first joint session",
            d(150),
            d(152),
          ),
        ],
        reviews: [{ month: d(140), aspect: 'The audit plan' }],
      },
    },
    { kind: 'review', at: d(140), notes: 'Audit plan agreed with design.' },
    {
      kind: 'review',
      at: d(110),
      notes: 'First joint session with the design system group went well.',
    },
    {
      kind: 'full',
      at: d(80),
      focus: 'close-the-gap',
      notes: 'Next steps are the audit itself and a talk on accessible components.',
      contract: {
        reason: 'quarterly-update',
        note: 'Quarterly update: the audit plan is agreed with design. The audit itself and a talk on accessible components are next.',
        openQuestion: "How much of Isabella's week accessibility work can take.",
        add: [
          theirs(
            'audit',
            'action',
            'Finish the accessibility audit of the admin console and file the issues found',
            d(30),
          ),
          theirs('lunch-talk', 'action', 'Give a lunch talk on accessible form components', d(20)),
          mine(
            'protect-time',
            'other-manager',
            "Protect one day a week for Isabella's accessibility work in sprint planning",
            d(70),
            d(72),
          ),
        ],
        reviews: [
          { month: d(50), aspect: 'Progress on the audit' },
          { month: d(20), aspect: 'The lunch talk' },
        ],
      },
    },
    { kind: 'review', at: d(50), notes: 'Audit about a third done; sprint work crowded it out.' },
    { kind: 'ad-hoc', at: d(-2), trigger: 'drop-in-engagement', prompt: 'mail', notes: '' },
  ],
};

const olena: PersonaHistory = {
  key: 'olena.kovalenko',
  direction: {
    text: 'After the merge I want to rebuild depth first and become the go-to person for the merged build system. In a year I would like to choose between staff engineer and managing, with real experience of both.',
    recorded: d(19),
  },
  triggers: [{ trigger: 'role-or-team-changed', logged: d(32) }],
  conversations: [
    {
      kind: 'ad-hoc',
      at: d(27),
      trigger: 'role-or-team-changed',
      phases: ['where-now'],
      notes:
        'Talked through what changed with the merge: Olena lost the release tooling she owned and has not found her footing in Platform yet. Agreed to hold a full career conversation within three weeks.',
    },
    {
      kind: 'full',
      at: d(19),
      focus: 'where-to-go',
      aspirationRecorded: true,
      prompt: 'mail',
      notes: 'Olena wants depth first, then a real choice between the staff and manager paths.',
      contract: {
        reason: 'initial',
        note: '',
        openQuestion:
          'Whether Olena wants to grow towards staff engineer or towards managing, once she has tried parts of both.',
        add: [
          theirs(
            'caching-layer',
            'action',
            "Take ownership of the build system's caching layer and write its design notes",
            d(-30),
          ),
          theirs(
            'onboarding',
            'action',
            'Run the onboarding session on the build system for the Platform team',
            d(5),
            d(6),
          ),
          mine(
            'intro-arjun',
            'introduction',
            'Introduce Olena to Arjun Mehta to compare notes on the build roadmap, and book the meeting',
            d(12),
            d(15),
          ),
          mine(
            'release-tooling',
            'talk-to-own-manager',
            'Talk to Amara about which release tooling decisions Olena can own after the merge',
            d(5),
          ),
        ],
        reviews: [{ month: d(-10), aspect: 'How ownership of the caching layer is going' }],
      },
    },
  ],
};

export const PRIYA_ENGAGEMENT_AND_CHANGE: readonly PersonaHistory[] = [isabella, olena];
