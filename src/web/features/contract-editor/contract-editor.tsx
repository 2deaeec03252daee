import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useReducer, useRef, useState } from 'react';
import type { CurrentContract } from '../../../adapters/career-api/career-api-client';
import { isPortError } from '../../../app/ports/port-error';
import {
  findStandingProblems,
  PARTIES,
  Temporal,
  type CommitmentKind,
  type ContractChangeReason,
  type Party,
  type RevisionReason,
  type StandingDecision,
  type StandingProblem,
  type TimeZoneId,
} from '../../../domain';
import { contractKey } from '../../data/use-report-data';
import { ErrorBar } from '../../shared/query-state';
import { useDateFormat } from '../../shared/use-date-format';
import { useAgreeContractVersion } from './api/agree-contract-version';
import { checkDraft } from './check-draft';
import { ContractEditorCommitments } from './contract-editor-commitments';
import { ConflictPanel } from './conflict-panel';
import { OverlapsNotice, RestoredDraftNotice } from './draft-notices';
import { draftAsVersion, isDirty, newKey, quickStart, type ContractDraft } from './contract-draft';
import { contractEditorReducer, initialContractEditorState } from './contract-editor-state';
import { canKeepDrafts, clearDraft, loadDraft, saveDraft } from './draft-storage';
import { ReviewsSection } from './reviews-section';
import { SavePanel } from './save-panel';
import { stepForDecision } from './standing-decision';
import { StandingProblemsPanel } from './standing-problems-panel';
import type { LinkTarget } from './link-target';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

const agreedOf = (contract: CurrentContract | null) =>
  contract === null ? null : { version: contract.current, etag: contract.etag };

export interface ContractEditorProps {
  reportId: string;
  zone: TimeZoneId;
  /** The agreed contract as last read; null when there is none yet. */
  contract: CurrentContract | null;
  /** Where the new version is recorded as agreed, when a conversation is under way. */
  linkTarget: (reason: ContractChangeReason) => LinkTarget | undefined;
  /** Why it changes, when another screen sent the manager here for it (from the address). */
  reason?: RevisionReason | undefined;
}

/** The working copy of the contract: edited, kept locally, checked, and agreed as a version. */
export function ContractEditor({
  reportId,
  zone,
  contract,
  linkTarget,
  reason,
}: ContractEditorProps) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const dates = useDateFormat();
  const agree = useAgreeContractVersion(reportId, zone);
  const [state, dispatch] = useReducer(contractEditorReducer, undefined, () =>
    initialContractEditorState(reportId, agreedOf(contract), reason, loadDraft(reportId)),
  );
  const { draft, touched, attempted, justAdded, overlaps, status, confirmation } = state;
  // A field a standing problem's decision puts the cursor in, once the change has rendered it.
  const focusAfterRender = useRef<string>(undefined);
  const [kept] = useState(canKeepDrafts);
  const problemsRef = useRef<HTMLDivElement>(null);
  const confirmationRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirmation === '') return;
    confirmationRef.current?.focus({ preventScroll: true });
    confirmationRef.current?.scrollIntoView({ block: 'center' });
  }, [confirmation]);

  useEffect(() => {
    const id = focusAfterRender.current;
    if (id === undefined) return;
    focusAfterRender.current = undefined;
    focusField(id);
  });

  // Someone saved meanwhile and nothing was typed here: simply follow the latest version.
  const stale = contract !== null && contract.etag !== draft.baseEtag;
  if (stale && !isDirty(draft)) {
    dispatch({ type: 'follow-latest', agreed: agreedOf(contract) });
  }

  useEffect(() => {
    if (isDirty(draft)) saveDraft(draft, new Date().toISOString());
    else clearDraft(reportId);
  }, [draft, reportId]);

  const now = Temporal.Now.instant();
  const target = linkTarget(draft.reason);
  const problems = checkDraft(draft, now, zone, {
    closesConversation: target !== undefined,
    dates,
  });
  const agreed = new Map((draft.base?.commitments ?? []).map((c) => [c.id, c.status]));
  const nextVersion = (draft.base?.version ?? 0) + 1;
  const dirty = isDirty(draft);
  // Judged on the draft, so a decision taken here (re-dated, dropped, added) clears its problem;
  // only what was agreed counts, a new item's problems are the draft's own to fix.
  const standing = draft.base === null ? [] : standingIn(draft, zone);

  const save = () => {
    dispatch({ type: 'save-attempted' });
    if (problems.length > 0) {
      problemsRef.current?.focus();
      return;
    }
    agree.mutate(
      { draft, ...(target === undefined ? {} : { conversation: target }) },
      {
        onSuccess: ({ saved, link }) => {
          clearDraft(reportId);
          const linked =
            link.state === 'linked'
              ? ` It is recorded on ${target?.label ?? 'the conversation'}.`
              : link.state === 'failed'
                ? ` It could not be recorded on the conversation: ${link.message}`
                : '';
          dispatch({
            type: 'saved',
            agreed: agreedOf(saved),
            confirmation: `Version ${String(saved.current.version)} saved. You are now looking at it as agreed.${linked}`,
          });
        },
        onError: (error) => {
          if (isPortError(error, 'conflict') || isPortError(error, 'precondition-required')) {
            void queryClient.invalidateQueries({ queryKey: contractKey(reportId) });
          }
        },
      },
    );
  };

  const onQuickStart = (party: Party, kind: CommitmentKind) => {
    const commitment = quickStart(party, kind, Temporal.Now.plainDateISO(zone));
    dispatch({ type: 'add-commitment', commitment });
  };

  const onDecide = (problem: StandingProblem, decision: StandingDecision) => {
    const step = stepForDecision(draft, problem, decision);
    if (step.kind === 'quick-start') onQuickStart(step.party, step.commitmentKind);
    else if (step.kind === 'focus') focusField(step.fieldId);
    else if (step.kind === 'edit') {
      dispatch(step.action);
      focusAfterRender.current = step.focusAfterRender;
    }
  };

  const conflict = stale && isDirty(draft);
  const saveError =
    agree.error !== null &&
    !(
      conflict &&
      (isPortError(agree.error, 'conflict') || isPortError(agree.error, 'precondition-required'))
    );

  return (
    <div className={styles.root}>
      {state.restoredAt !== undefined && isDirty(draft) ? (
        <RestoredDraftNotice
          savedAt={state.restoredAt}
          onDiscard={() => {
            clearDraft(reportId);
            dispatch({ type: 'discard-restored', agreed: agreedOf(contract) });
          }}
        />
      ) : null}
      {kept ? null : (
        <MessageBar intent="warning">
          <MessageBarBody>
            This browser does not let the app keep your draft: save before you close the tab.
          </MessageBarBody>
        </MessageBar>
      )}
      {conflict ? (
        <ConflictPanel
          draft={draft}
          latest={contract.current}
          onReapply={() => {
            dispatch({
              type: 'reapply',
              latest: { version: contract.current, etag: contract.etag },
            });
            agree.reset();
          }}
        />
      ) : null}
      <OverlapsNotice overlaps={overlaps} />
      <StandingProblemsPanel problems={standing} onDecide={onDecide} />
      <div role="status" aria-live="polite">
        {status === '' ? null : <Text weight="semibold">{status}</Text>}
      </div>
      {saveError ? <ErrorBar error={agree.error} what="The contract" retry={save} /> : null}
      {PARTIES.map((party) => (
        <ContractEditorCommitments
          key={party}
          party={party}
          commitments={draft.commitments.filter((c) => c.party === party)}
          agreed={agreed}
          problems={problems}
          showProblems={(key) => attempted || touched.has(key)}
          justAdded={justAdded}
          onChange={(commitment) => {
            dispatch({ type: 'change-commitment', commitment });
          }}
          onRemove={(key) => {
            dispatch({ type: 'remove-commitment', key });
          }}
          onQuickStart={onQuickStart}
        />
      ))}
      <ReviewsSection
        reviews={draft.reviews}
        openQuestion={draft.openQuestion}
        problems={problems}
        showProblems={(key) => attempted || touched.has(key)}
        onChange={(review) => {
          dispatch({ type: 'change-review', review });
        }}
        onRemove={(key) => {
          dispatch({ type: 'remove-review', key });
        }}
        onAdd={() => {
          const month = Temporal.Now.plainDateISO(zone).add({ months: 1 }).toPlainYearMonth();
          dispatch({
            type: 'add-review',
            review: { key: newKey(), month: month.toString(), aspect: '' },
          });
        }}
        onOpenQuestion={(openQuestion) => {
          dispatch({ type: 'set-open-question', openQuestion });
        }}
      />
      <SavePanel
        firstVersion={draft.base === null}
        nextVersion={nextVersion}
        reason={draft.reason}
        note={draft.note}
        linkText={
          target === undefined
            ? 'No conversation is under way, so this version is not linked to one.'
            : `This version will be recorded as agreed in ${target.label}.`
        }
        problems={problems}
        problemsRef={problemsRef}
        showProblems={attempted || dirty}
        showNoteProblems={attempted || touched.has('note')}
        confirmation={confirmation}
        confirmationRef={confirmationRef}
        saving={agree.isPending}
        onReason={(reason) => {
          dispatch({ type: 'set-reason', reason });
        }}
        onNote={(note) => {
          dispatch({ type: 'set-note', note });
        }}
        onSave={save}
      />
    </div>
  );
}

/** The agreed items' standing problems as the draft now has them. */
function standingIn(draft: ContractDraft, zone: TimeZoneId): StandingProblem[] {
  const agreedCommitments = new Set(draft.base?.commitments.map((c) => c.id));
  const agreedReviews = new Set(draft.base?.reviews.map((r) => r.id));
  return findStandingProblems(draftAsVersion(draft), Temporal.Now.plainDateISO(zone)).filter(
    (p) =>
      p.kind === 'no-open-commitment' ||
      (p.kind === 'commitment-overdue' && agreedCommitments.has(p.commitment.id)) ||
      (p.kind === 'review-month-passed' && agreedReviews.has(p.review.id)),
  );
}

function focusField(id: string): void {
  const field = document.getElementById(id);
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}
