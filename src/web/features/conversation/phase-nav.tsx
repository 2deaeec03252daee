import { PHASE_LIST, type PhaseId } from '../../../domain';
import { hrefFor } from '../../app/routes';
import { CollapsingNav } from '../../shared/collapsing-nav';

/** The three phases, one screen each; the current one is marked for screen readers too. */
export function PhaseNav({ reportId, phase }: { reportId: string; phase: PhaseId }) {
  return (
    <CollapsingNav
      label="Phases of the conversation"
      selectLabel="Phase"
      ordered
      current={phase}
      currentAs="step"
      items={PHASE_LIST.map((p) => ({
        key: p.id,
        label: `${p.number}. ${p.title}`,
        href: hrefFor({ screen: 'conversation', reportId, phase: p.id }),
      }))}
    />
  );
}
