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
  ])('refuses in %s: %s', async (file, source) => {
    const errors = await importErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-imports: /);
  });

  it.each([
    ['src/web/x.js', "import { Temporal } from '../domain';"],
    ['src/adapters/x.js', "import { Directory } from '../app/ports';"],
    ['src/domain/x.js', "import { Temporal } from './time/temporal';"],
  ])('allows in %s: %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
