import { describe, expect, it } from 'vitest';
import {
  columnDefinition,
  LIST_KEYS,
  SHAREPOINT_LISTS,
  type ColumnSpec,
} from '../../../../../src/adapters/graph/sharepoint';
import { TRIGGER_IDS } from '../../../../../src/domain';

const lists = Object.values(SHAREPOINT_LISTS);
const columns: { list: string; column: ColumnSpec }[] = lists.flatMap((list) =>
  list.columns.map((column) => ({ list: list.displayName, column })),
);

/**
 * Names that would turn a list into a retention dashboard or record the answer to "if you were
 * going to leave, what would the reason be?". `returningFromLeave` is the playbook's transition
 * point (coming back from parental leave), not the leave question, and is the one exception.
 */
const FORBIDDEN =
  /flight|risk|score|attrition|retention|retain|intent|leav(e|ing)|quit|resign|turnover|stay|loyal|engagementLevel|rating|rank|performance|competenc|skillGap/i;
const ALLOWED = new Set(['returningFromLeaveSince']);

/** Internal names SharePoint gives its own fields; a column with one of them would clash. */
const RESERVED = new Set(
  [
    'ID',
    'Title',
    'Created',
    'Modified',
    'Author',
    'Editor',
    'ContentType',
    'ContentTypeId',
    'Attachments',
    'Version',
    '_UIVersionString',
    'FileLeafRef',
    'FileRef',
    'LinkTitle',
    'Edit',
    'DocIcon',
    'ItemChildCount',
    'FolderChildCount',
    'AppAuthor',
    'AppEditor',
    'GUID',
    'Order',
  ].map((name) => name.toLowerCase()),
);

describe('SharePoint schema', () => {
  it('has no column for leaving intention, flight risk or any score', () => {
    const offending = columns
      .filter(({ column }) => !ALLOWED.has(column.name))
      .flatMap(({ list, column }) =>
        [column.name, column.description, ...(column.choices ?? [])]
          .filter((text) =>
            FORBIDDEN.test(text.replace(/returning from leave|returning-from-leave/gi, '')),
          )
          .map((text) => `${list}.${column.name}: ${text}`),
      );
    expect(offending).toEqual([]);
  });

  it('would catch such a column', () => {
    for (const name of ['leavingIntention', 'flightRisk', 'retentionScore', 'planToLeave']) {
      expect(FORBIDDEN.test(name), name).toBe(true);
    }
  });

  it('indexes what must be unique, and never a multi-line column', () => {
    for (const { list, column } of columns) {
      if (column.unique) expect(column.indexed, `${list}.${column.name}`).toBe(true);
      if (column.type === 'note') expect(column.indexed, `${list}.${column.name}`).toBe(false);
    }
  });

  it('stays within SharePoint limits: 20 indexes per list, unique names, no built-in names', () => {
    for (const list of lists) {
      expect(list.columns.filter((c) => c.indexed).length).toBeLessThanOrEqual(20);
      const names = list.columns.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(RESERVED.has(name.toLowerCase()), `${list.displayName}.${name}`).toBe(false);
        expect(name).toMatch(/^[a-z][A-Za-z0-9]{0,31}$/);
      }
    }
    expect(new Set(lists.map((l) => l.displayName)).size).toBe(LIST_KEYS.length);
  });

  it('indexes the columns the stores filter on', () => {
    const indexed = (list: keyof typeof SHAREPOINT_LISTS) =>
      SHAREPOINT_LISTS[list].columns.filter((c) => c.indexed).map((c) => c.name);
    expect(indexed('contractVersions')).toEqual(
      expect.arrayContaining(['reportId', 'managerId', 'contractId', 'versionKey']),
    );
    expect(indexed('commitments')).toEqual(
      expect.arrayContaining(['reportId', 'managerId', 'contractId', 'rowState', 'status', 'due']),
    );
    expect(indexed('conversations')).toEqual(
      expect.arrayContaining(['conversationId', 'reportId', 'managerId']),
    );
    expect(indexed('triggers')).toEqual(expect.arrayContaining(['logId', 'reportId']));
    expect(indexed('profiles')).toEqual(expect.arrayContaining(['reportId', 'managerId']));
  });

  it('takes a trigger only from the playbook’s six, with no free text', () => {
    for (const list of [SHAREPOINT_LISTS.triggers, SHAREPOINT_LISTS.conversations]) {
      const trigger = list.columns.find((c) => c.name === 'trigger');
      expect(trigger?.type).toBe('choice');
      expect(trigger?.choices).toEqual(TRIGGER_IDS);
      expect(columnDefinition(trigger as ColumnSpec)).toMatchObject({
        choice: { allowTextEntry: false, choices: [...TRIGGER_IDS] },
      });
    }
  });

  it('types every column in the definition Graph receives', () => {
    const facet = (spec: ColumnSpec) => {
      const definition = columnDefinition(spec);
      return ['text', 'number', 'dateTime', 'choice', 'boolean'].filter((key) => key in definition);
    };
    for (const { list, column } of columns) {
      expect(facet(column), `${list}.${column.name}`).toHaveLength(1);
      expect(columnDefinition(column)).toMatchObject({
        name: column.name,
        indexed: column.indexed,
        enforceUniqueValues: column.unique,
      });
      if (column.type === 'choice') expect(column.choices?.length).toBeGreaterThan(0);
    }
    const note = columns.find(({ column }) => column.type === 'note')?.column;
    expect(note && columnDefinition(note)).toMatchObject({ text: { allowMultipleLines: true } });
  });
});
