import { describe, expect, it } from 'vitest';
import type { ReportOverview } from '../../../../src/domain';
import type { ItemPerson } from '../../../../src/web/host/outlook-item';
import { recognisePerson } from '../../../../src/web/features/outlook-pane/recognise-person';

const row = (mail: string, id: string): ReportOverview =>
  ({ person: { id, displayName: id, mail } }) as ReportOverview;

const TOMAS = row('Tomas.Hernandez@contoso.example', 'tomas');
const YUKI = row('yuki@contoso.example', 'yuki');
const PRIYA = ['priya@contoso.example'];
const at = (email: string, role: ItemPerson['role'] = 'to'): ItemPerson => ({
  name: email,
  email,
  role,
});

describe('recognisePerson: who the Outlook task pane is about', () => {
  it('finds the sender among the caller’s direct reports, whatever the case of the address', () => {
    const subject = recognisePerson(
      [at('tomas.hernandez@contoso.example', 'from'), at('priya@contoso.example')],
      { emails: PRIYA, reports: [TOMAS, YUKI] },
    );
    expect(subject).toEqual({ kind: 'report', report: TOMAS });
  });

  it('takes the first report in Outlook’s order, never the caller themself', () => {
    const subject = recognisePerson(
      [
        at('priya@contoso.example', 'organizer'),
        at('yuki@contoso.example', 'attendee'),
        at('tomas.hernandez@contoso.example', 'attendee'),
      ],
      { emails: PRIYA, reports: [TOMAS, YUKI] },
    );
    expect(subject).toEqual({ kind: 'report', report: YUKI });
  });

  it('shows a report their own contract when their manager is on the item', () => {
    const subject = recognisePerson([at('priya@contoso.example', 'from'), at('tomas@x.example')], {
      emails: ['tomas@x.example'],
      reports: [],
      managerEmail: 'priya@contoso.example',
    });
    expect(subject).toEqual({ kind: 'self' });
  });

  it('says someone is not a report, naming them, when nobody on the item is', () => {
    const subject = recognisePerson(
      [at('hannah@contoso.example', 'from'), at('priya@contoso.example')],
      {
        emails: PRIYA,
        reports: [TOMAS],
      },
    );
    expect(subject).toEqual({ kind: 'not-a-report', person: at('hannah@contoso.example', 'from') });
  });
});
