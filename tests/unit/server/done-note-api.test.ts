import { describe, expect, it } from 'vitest';
import { createHarness, firstContractBody, HR_ADMIN, MANAGER, REPORT } from './harness';

const contractPath = `/api/people/${REPORT}/contract`;

interface CommitmentReply {
  id: string;
  party: string;
  status: string;
  doneNote?: string;
}

async function withContract() {
  const h = createHarness();
  const created = await h.call(MANAGER, 'POST', `${contractPath}/versions`, {
    body: firstContractBody(),
  });
  expect(created.status, created.text).toBe(201);
  const commitments = (created.json.current as { commitments: CommitmentReply[] }).commitments;
  return {
    h,
    etag: created.headers.get('etag') ?? '',
    mine: commitments.find((c) => c.party === 'report')?.id ?? '',
    theirs: commitments.find((c) => c.party === 'manager')?.id ?? '',
  };
}

const commitmentsOf = (json: Record<string, unknown>) =>
  (json.current as { commitments: CommitmentReply[] }).commitments;

describe('marking a commitment done with a note', () => {
  it('stores the trimmed note and returns it to both people', async () => {
    const { h, etag, mine } = await withContract();
    const done = await h.call(REPORT, 'POST', `${contractPath}/commitments/${mine}/done`, {
      ifMatch: etag,
      body: { note: '  Presented it on Thursday; Omar wants a follow-up.  ' },
    });
    expect(done.status, done.text).toBe(200);
    const note = 'Presented it on Thursday; Omar wants a follow-up.';
    expect(commitmentsOf(done.json).find((c) => c.id === mine)).toMatchObject({
      status: 'done',
      doneNote: note,
    });
    for (const who of [REPORT, MANAGER]) {
      const read = await h.call(who, 'GET', contractPath);
      expect(commitmentsOf(read.json).find((c) => c.id === mine)?.doneNote).toBe(note);
    }
  });

  it('still marks done with no body, and reads an empty note as none', async () => {
    const { h, etag, mine, theirs } = await withContract();
    const bare = await h.call(MANAGER, 'POST', `${contractPath}/commitments/${theirs}/done`, {
      ifMatch: etag,
    });
    expect(bare.status, bare.text).toBe(200);
    const blank = await h.call(REPORT, 'POST', `${contractPath}/commitments/${mine}/done`, {
      ifMatch: bare.headers.get('etag') ?? '',
      body: { note: '   ' },
    });
    expect(blank.status, blank.text).toBe(200);
    const commitments = commitmentsOf(blank.json);
    expect(commitments.map((c) => c.status)).toEqual(['done', 'done']);
    expect(commitments.every((c) => c.doneNote === undefined)).toBe(true);
  });

  it('refuses a note over 500 characters with a clear message and saves nothing', async () => {
    const { h, etag, mine } = await withContract();
    const long = await h.call(REPORT, 'POST', `${contractPath}/commitments/${mine}/done`, {
      ifMatch: etag,
      body: { note: 'a'.repeat(501) },
    });
    expect(long.status).toBe(422);
    expect(long.json.errors).toEqual([
      {
        path: 'body.note',
        code: 'done-note-too-long',
        message: 'The note can be at most 500 characters (it has 501).',
      },
    ]);
    const read = await h.call(REPORT, 'GET', contractPath);
    expect(commitmentsOf(read.json).find((c) => c.id === mine)?.status).toBe('open');
  });

  it('refuses unknown fields (400)', async () => {
    const { h, etag, mine } = await withContract();
    const extra = await h.call(REPORT, 'POST', `${contractPath}/commitments/${mine}/done`, {
      ifMatch: etag,
      body: { note: 'Done', completedAt: '2020-01-01T00:00:00Z' },
    });
    expect(extra.status).toBe(400);
    expect(extra.json.errors).toContainEqual(expect.objectContaining({ path: 'body' }));
    const read = await h.call(REPORT, 'GET', contractPath);
    expect(commitmentsOf(read.json).find((c) => c.id === mine)?.status).toBe('open');
  });

  it('does not let the manager mark the report’s commitment done, with a note or without', async () => {
    const { h, etag, mine } = await withContract();
    const withNote = await h.call(MANAGER, 'POST', `${contractPath}/commitments/${mine}/done`, {
      ifMatch: etag,
      body: { note: 'I saw you finish it' },
    });
    expect(withNote.status).toBe(403);
    const read = await h.call(REPORT, 'GET', contractPath);
    expect(commitmentsOf(read.json).find((c) => c.id === mine)).toMatchObject({ status: 'open' });
    expect(commitmentsOf(read.json).find((c) => c.id === mine)).not.toHaveProperty('doneNote');
  });
});

describe('the OpenAPI description of mark-done', () => {
  it('documents the optional body with its note', async () => {
    const h = createHarness();
    const reply = await h.call(undefined, 'GET', '/api/openapi.json');
    const paths = reply.json.paths as Record<string, Record<string, Record<string, unknown>>>;
    const post = paths['/api/people/{personId}/contract/commitments/{commitmentId}/done']?.post;
    const body = post?.requestBody as {
      required: boolean;
      content: { 'application/json': { schema: { $ref: string } } };
    };
    expect(body.required).toBe(false);
    const ref = body.content['application/json'].schema.$ref;
    const components = (reply.json.components as { schemas: Record<string, unknown> }).schemas;
    const schema = components[ref.replace('#/components/schemas/', '')] as {
      properties: Record<string, { maxLength?: number }>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(['note']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('the done note’s privacy', () => {
  const note = 'Finished it; the hard part was asking for help.';

  async function withNote() {
    const { h, etag, mine } = await withContract();
    const done = await h.call(REPORT, 'POST', `${contractPath}/commitments/${mine}/done`, {
      ifMatch: etag,
      body: { note },
    });
    expect(done.status, done.text).toBe(200);
    return { h, mine };
  }

  it('is in the person’s own export', async () => {
    const { h, mine } = await withNote();
    const exported = await h.call(REPORT, 'GET', '/api/me/export');
    expect(exported.status, exported.text).toBe(200);
    const versions = (exported.json.contract as { versions: { commitments: CommitmentReply[] }[] })
      .versions;
    expect(versions.at(-1)?.commitments.find((c) => c.id === mine)?.doneNote).toBe(note);
  });

  it('is never shown to an HR admin: no contract read, nothing in setup health or aggregates', async () => {
    const { h } = await withNote();
    const contract = await h.call(HR_ADMIN, 'GET', contractPath);
    expect(contract.status).toBe(403);
    expect(contract.text).not.toContain(note);
    for (const path of ['/api/hr/aggregates', '/api/hr/setup-health', '/api/hr/refusals']) {
      const reply = await h.call(HR_ADMIN, 'GET', path);
      expect(reply.text).not.toContain('hard part');
    }
  });

  it('is erased with the person', async () => {
    const { h } = await withNote();
    const erased = await h.call(HR_ADMIN, 'DELETE', `/api/people/${REPORT}?confirm=${REPORT}`);
    expect(erased.status, erased.text).toBe(200);
    expect(erased.text).not.toContain('hard part');
    expect(await h.contracts.get(REPORT)).toBeUndefined();
    const exported = await h.call(REPORT, 'GET', '/api/me/export');
    expect(exported.text).not.toContain('hard part');
  });
});
