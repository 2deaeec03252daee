import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layers } from '../../../eslint.layers.js';

// The one-way import rule is what keeps the domain pure; this proves ESLint enforces it, with
// the same layer definitions eslint.config.js uses.
const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: layers });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\n`, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`);
}

describe('layering', () => {
  it.each([
    ['src/domain/x.js', "import { App } from '../web/app/app';"],
    ['src/domain/x.js', "import { Directory } from '../app/ports';"],
    ['src/domain/x.js', "import { readFile } from 'node:fs';"],
    ['src/domain/x.js', "import { z } from 'zod';"],
    ['src/domain/x.js', "import { useState } from 'react';"],
    ['src/app/x.js', "import { createGraphClient } from '../adapters/graph/client';"],
    ['src/adapters/x.js', "import { App } from '../web/app/app';"],
    ['src/web/x.js', "import { startLocalTenant } from '../local-tenant';"],
    ['src/local-tenant/x.js', "import { Temporal } from '../domain';"],
    ['src/web/features/report-page/x.js', "import { t } from '../triggers/triggers-model';"],
    ['src/web/features/triggers/x.js', "import { S } from '../report-page/report-section';"],
    [
      'src/web/features/contract-editor/x.js',
      "import { r } from '../monthly-review/review-record';",
    ],
    [
      'src/web/features/monthly-review/x.js',
      "import { h } from '../contract-editor/draft-storage';",
    ],
    ['src/web/features/meeting-panel/api/x.js', "import { c } from '../../conversation/for-mode';"],
    ['src/web/features/hr-console/x.js', "import { S } from '../../features/report-page/section';"],
    ['src/web/features/triggers/x.js', "import { createApp } from '../../../server/app';"],
    ['src/web/data/x.js', "import { permits } from '../../app/career-api';"],
    ['src/server/routes/x.js', "import { bookSeries } from '../../app/my-365/booking';"],
    ['src/adapters/x.js', "import { sendSummary } from '../app/my-365/follow-through';"],
    ['src/app/my-365/x.js', "import { permits } from '../career-api';"],
    ['src/app/career-api/team/x.js', "import { bookNext } from '../../my-365/follow-through';"],
  ])('refuses in %s: %s', async (file, source) => {
    const errors = await importErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-imports: /);
  });

  it.each([
    ['src/web/x.js', "import { Temporal } from '../domain';"],
    ['src/adapters/x.js', "import { Directory } from '../app/ports';"],
    ['src/domain/x.js', "import { Temporal } from './time/temporal';"],
    ['src/web/features/report-page/x.js', "import { ReportSection } from './report-section';"],
    ['src/web/features/meeting-panel/api/x.js', "import { m } from '../meeting-match';"],
    ['src/web/features/triggers/x.js', "import { S } from '../../shared/report-section';"],
    [
      'src/web/features/conversation/x.js',
      "import { k } from '../../../app/my-365/follow-through';",
    ],
    ['src/server/routes/x.js', "import { permits } from '../../app/career-api';"],
    ['src/app/my-365/x.js', "import { Calendar } from '../ports';"],
  ])('allows in %s: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });

  // The feature rules are generated from the folder: a feature added later is covered as well.
  const features = readdirSync(new URL('../../../src/web/features/', import.meta.url), {
    withFileTypes: true,
  })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it.each(features)('refuses in src/web/features/%s any other feature', async (feature) => {
    const other = features.find((name) => name !== feature) ?? '';
    const file = `src/web/features/${feature}/deeper/x.js`;
    expect(await importErrors(file, `import { a } from '../../${other}/a';`)).toHaveLength(1);
    expect(await importErrors(file, `import { a } from '../a';`)).toEqual([]);
  });
});
