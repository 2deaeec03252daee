import { PersonParams } from './common';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import { Profile, ProfileBody } from './profile';

const TAG = 'Profile';

export const PROFILE_ENDPOINTS = {
  profile: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/profile',
    summary: 'The person’s direction in their own words and their transition points',
    tag: TAG,
    params: PersonParams,
    access: { subject: 'person', gate: true, action: 'profile.read', record: true },
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
    tag: TAG,
    params: PersonParams,
    body: ProfileBody,
    ifMatch: 'optional',
    access: { subject: 'person', gate: true, action: 'profile.write', record: true },
    responses: [
      { status: 200, description: 'The profile.', schema: Profile, etag: true },
      P.badRequest,
      P.forbidden,
      P.preconditionFailed,
      P.preconditionRequired,
    ],
  }),
};
