import { PersonParams, ZoneQuery } from './common';
import {
  AgreedContractResponse,
  CommitmentChangeBody,
  CommitmentParams,
  ContractParams,
  CurrentContractResponse,
  MarkDoneBody,
  NewCommitmentBody,
  NewContractVersionBody,
  VersionHistoryResponse,
  VersionListResponse,
  VersionParams,
  VersionResponse,
} from './contract';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import { Profile, ProfileBody } from './profile';

// The development contract and the profile it starts from: a report's records, each read and
// changed with its own access rule.

/** A change answers with the contract as it now stands. */
const changed = (status: 200 | 201, description: string) =>
  ({ status, description, schema: CurrentContractResponse, etag: true }) as const;

// A rule about one record is asked by its handler with that record's facts, once the gate has
// let the caller through and the record is read.
export const CONTRACT_ENDPOINTS = {
  contract: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/contract',
    summary: 'The current version of the person’s development contract, with its health',
    tag: 'Development contract',
    params: ContractParams,
    query: ZoneQuery,
    access: { subject: 'person', gate: true, action: 'contract.read-current', askedBy: 'handler' },
    responses: [changed(200, 'The current version.'), P.forbidden, P.notFound],
  }),
  contractVersions: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/contract/versions',
    summary: 'Every agreed version the caller may see, oldest first',
    tag: 'Development contract',
    params: ContractParams,
    access: { subject: 'person', gate: true },
    responses: [
      { status: 200, description: 'Versions.', schema: VersionListResponse },
      P.forbidden,
      P.notFound,
    ],
  }),
  contractHistory: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/contract/history',
    summary: 'Every agreed version the caller may see, with its terms, oldest first, in one call',
    description:
      'The same versions as `/contract/versions`, each as `/contract/versions/{version}` answers it: the report page reads the whole history in one request instead of one per version.',
    tag: 'Development contract',
    params: ContractParams,
    access: { subject: 'person', gate: true },
    responses: [
      { status: 200, description: 'The history.', schema: VersionHistoryResponse },
      P.forbidden,
      P.notFound,
    ],
  }),
  contractVersion: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/contract/versions/{version}',
    summary: 'One agreed version, as it was agreed',
    tag: 'Development contract',
    params: VersionParams,
    access: { subject: 'person', gate: true, action: 'contract.read-version', askedBy: 'handler' },
    responses: [
      { status: 200, description: 'The version.', schema: VersionResponse },
      P.forbidden,
      P.notFound,
    ],
  }),
  agreeContractVersion: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/contract/versions',
    summary: 'Agree a new version (or the first one) with a reason',
    description:
      'Every earlier version is kept. If-Match is required once a contract exists; the first version is created without it. Open commitments left out must be listed in `dropped` with a reason.',
    tag: 'Development contract',
    params: ContractParams,
    // The answer's health is for today in the caller's zone.
    query: ZoneQuery,
    body: NewContractVersionBody,
    ifMatch: 'optional',
    access: { subject: 'person', action: 'contract.create-version' },
    responses: [
      {
        status: 201,
        description: 'The new current version, and whether its conversation now names it.',
        schema: AgreedContractResponse,
        etag: true,
      },
      P.badRequest,
      P.forbidden,
      P.notFound,
      P.preconditionFailed,
      P.unprocessable,
      P.preconditionRequired,
    ],
  }),
  addCommitment: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/contract/commitments',
    summary: 'Add a commitment (a new agreed version, with reason and note)',
    tag: 'Development contract',
    params: ContractParams,
    // The answer's health is for today in the caller's zone.
    query: ZoneQuery,
    body: NewCommitmentBody,
    ifMatch: 'required',
    access: { subject: 'person', action: 'commitment.create' },
    responses: [
      changed(201, 'The new current version.'),
      P.badRequest,
      P.forbidden,
      P.notFound,
      P.preconditionFailed,
      P.unprocessable,
      P.preconditionRequired,
    ],
  }),
  changeCommitment: defineEndpoint({
    method: 'patch',
    path: '/api/people/{personId}/contract/commitments/{commitmentId}',
    summary: 'Change a commitment (new version) or record where its owner scheduled it',
    tag: 'Development contract',
    params: CommitmentParams,
    // The answer's health is for today in the caller's zone.
    query: ZoneQuery,
    body: CommitmentChangeBody,
    ifMatch: 'required',
    access: { subject: 'person', gate: true, action: 'commitment.update', askedBy: 'handler' },
    responses: [
      changed(200, 'The contract after the change.'),
      P.badRequest,
      P.forbidden,
      P.notFound,
      P.preconditionFailed,
      P.unprocessable,
      P.preconditionRequired,
    ],
  }),
  markCommitmentDone: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/contract/commitments/{commitmentId}/done',
    summary: 'Mark one of your own commitments done (progress, not a new version)',
    tag: 'Development contract',
    params: CommitmentParams,
    // The answer's health is for today in the caller's zone.
    query: ZoneQuery,
    body: MarkDoneBody,
    bodyOptional: true,
    ifMatch: 'required',
    access: { subject: 'person', gate: true, action: 'commitment.mark-done', askedBy: 'handler' },
    responses: [
      changed(200, 'The contract after the change.'),
      P.forbidden,
      P.notFound,
      P.preconditionFailed,
      P.unprocessable,
      P.preconditionRequired,
    ],
  }),
};

export const PROFILE_ENDPOINTS = {
  profile: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/profile',
    summary: 'The person’s direction in their own words and their transition points',
    tag: 'Profile',
    params: PersonParams,
    access: { subject: 'person', gate: true, action: 'profile.read', askedBy: 'handler' },
    responses: [
      { status: 200, description: 'The profile.', schema: Profile, etag: true },
      P.forbidden,
      P.notFound,
    ],
  }),
  saveProfile: defineEndpoint({
    method: 'put',
    path: '/api/people/{personId}/profile',
    summary: 'Record the direction and transition points (If-Match once one exists)',
    tag: 'Profile',
    params: PersonParams,
    body: ProfileBody,
    ifMatch: 'optional',
    access: { subject: 'person', gate: true, action: 'profile.write', askedBy: 'handler' },
    responses: [
      { status: 200, description: 'The profile.', schema: Profile, etag: true },
      P.badRequest,
      P.forbidden,
      P.preconditionFailed,
      P.preconditionRequired,
    ],
  }),
};
