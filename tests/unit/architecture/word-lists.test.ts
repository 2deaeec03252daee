import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  readVersionRow,
  versionFields,
} from '../../../src/adapters/graph/sharepoint/contract-rows';
import type { DataProblem } from '../../../src/adapters/graph/sharepoint/field-codecs';
import { columnSpec, type ListKey } from '../../../src/adapters/graph/sharepoint/schema';
import { Party } from '../../../src/app/api-schemas/common';
import {
  ChangeReason,
  CommitmentStatus,
  ContractHealth,
  RevisionReason,
  StandingProblem,
} from '../../../src/app/api-schemas/contract';
import { ErasureReceiptResponse } from '../../../src/app/api-schemas/hr';
import { AuditEntry } from '../../../src/app/api-schemas/me';
import { Conversation } from '../../../src/app/api-schemas/conversation';
import { LEFTOVER_PLACES } from '../../../src/app/career-api/people/erasure-receipt';
import * as domain from '../../../src/domain';
import {
  AUDIT_OUTCOMES,
  COMMITMENT_STATUSES,
  CONTRACT_CHANGE_REASON_LABELS,
  CONTRACT_CHANGE_REASONS,
  CONTRACT_HEALTH_STATES,
  CONVERSATION_STATES,
  PARTIES,
  PROMPT_CHANNELS,
  REVISION_REASONS,
  SCHEDULED_VIAS,
  STANDING_DECISIONS,
} from '../../../src/domain';
import { versionHistory } from '../../../src/web/features/report-page/report-page-model';
import { aVersion } from '../builders';
import { aNewContract } from '../../integration/ports/store-fixtures';

// Each closed word list is spelled once, in the domain; the API's enums, the SharePoint choice
// columns, the row codecs and the screens derive from it. These tests keep it that way.

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every list of two or more quoted words, as an array literal or a union type, with its place. */
function spelledLists(file: string): { words: string; at: string }[] {
  const text = readFileSync(file, 'utf8');
  const word = String.raw`'[a-z][a-zA-Z-]*'`;
  const shapes = [
    new RegExp(String.raw`\[\s*((?:${word}\s*,\s*)+${word})\s*,?\s*\]`, 'g'),
    new RegExp(String.raw`((?:${word}\s*\|\s*)+${word})`, 'g'),
  ];
  return shapes.flatMap((shape) =>
    [...text.matchAll(shape)].map((match) => ({
      words: [...(match[1] ?? '').matchAll(/'([^']*)'/g)]
        .map((m) => m[1])
        .sort()
        .join(' '),
      at: `${relative(SRC, file)}:${String(text.slice(0, match.index).split('\n').length)}`,
    })),
  );
}

/** The domain's exported word lists (tuples of two or more strings). */
const domainLists = Object.entries(domain).filter(
  (entry): entry is [string, readonly string[]] =>
    Array.isArray(entry[1]) &&
    entry[1].length >= 2 &&
    entry[1].every((w: unknown) => typeof w === 'string'),
);

describe('word lists are spelled once, in the domain', () => {
  it('no other product file spells out a list the domain exports', () => {
    const bySet = new Map(domainLists.map(([name, words]) => [[...words].sort().join(' '), name]));
    // The local tenant stands in for Microsoft 365 and shares no code with the product.
    const files = sourceFiles(SRC).filter(
      (file) => !relative(SRC, file).startsWith('local-tenant') && !file.includes('/domain/'),
    );
    const respelled = files
      .flatMap(spelledLists)
      .filter((list) => bySet.has(list.words))
      .map((list) => `${list.at} spells ${bySet.get(list.words) ?? ''}`);
    expect(respelled).toEqual([]);
  });

  it.each([
    ['ChangeReason', ChangeReason.options, CONTRACT_CHANGE_REASONS],
    ['RevisionReason', RevisionReason.options, REVISION_REASONS],
    ['CommitmentStatus', CommitmentStatus.options, COMMITMENT_STATUSES],
    ['Party', Party.options, PARTIES],
    ['ContractHealth.state', ContractHealth.shape.state.options, CONTRACT_HEALTH_STATES],
    [
      'StandingProblem.decisions',
      StandingProblem.shape.decisions.def.element.options,
      STANDING_DECISIONS,
    ],
    ['Conversation.state', Conversation.shape.state.options, CONVERSATION_STATES],
    [
      'Conversation.prompt.channel',
      Conversation.shape.prompt.def.innerType.shape.channel.options,
      PROMPT_CHANNELS,
    ],
    ['AuditEntry.outcome', AuditEntry.shape.outcome.options, AUDIT_OUTCOMES],
    [
      'ErasureReceipt.remains.place',
      ErasureReceiptResponse.shape.remains.def.element.shape.place.options,
      LEFTOVER_PLACES,
    ],
  ])('the API enum %s is the domain list', (_name, derived, list) => {
    expect(derived).toEqual([...list]);
  });

  it.each([
    ['contractVersions', 'reason', CONTRACT_CHANGE_REASONS],
    ['commitments', 'party', PARTIES],
    ['commitments', 'status', COMMITMENT_STATUSES],
    ['commitments', 'scheduledVia', SCHEDULED_VIAS],
    ['conversations', 'state', CONVERSATION_STATES],
    ['conversations', 'promptChannel', PROMPT_CHANNELS],
    ['audit', 'outcome', AUDIT_OUTCOMES],
  ] as const)('the SharePoint choice column %s.%s is the domain list', (list, column, words) => {
    expect(columnSpec(list as ListKey, column)?.choices).toEqual([...words]);
  });

  it('the version row codec reads every change reason and no other word', () => {
    const contract = aNewContract();
    const read = (reason: string) => {
      const problems: DataProblem[] = [];
      const fields = {
        ...versionFields({ contract, version: 2, saveId: 's' }, aVersion(), 'w'),
        reason,
      };
      const row = readVersionRow({ id: '1', etag: '"1,1"', fields }, (p) => problems.push(p));
      return { reason: row?.version.reason, problems };
    };
    for (const reason of CONTRACT_CHANGE_REASONS) {
      expect(read(reason)).toEqual({ reason, problems: [] });
    }
    expect(read('because').reason).toBeUndefined();
  });
});

describe('a version’s reason reads the same everywhere', () => {
  it('one label map: no file but the domain spells the reasons’ wording', () => {
    const mapsOfReasons = sourceFiles(SRC)
      .filter((file) => /'quarterly-update'\s*:/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file));
    expect(mapsOfReasons).toEqual(['domain/model/contract.ts']);
  });

  it('the report’s history shows each reason with the domain’s label, as the editor does', () => {
    const versions = CONTRACT_CHANGE_REASONS.map((reason, i) =>
      aVersion({ version: i + 1, reason }),
    );
    expect(versionHistory(versions).map((v) => v.reasonLabel)).toEqual(
      [...CONTRACT_CHANGE_REASONS].reverse().map((r) => CONTRACT_CHANGE_REASON_LABELS[r]),
    );
  });
});
