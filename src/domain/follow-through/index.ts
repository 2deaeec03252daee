export type {
  ChecklistInput,
  ChecklistItemMode,
  ChecklistItemState,
  ChecklistState,
} from './checklist-state';
export { EVIDENCE_ITEM_IDS, evaluateChecklists, isEvidenceItem } from './evaluate-checklists';
