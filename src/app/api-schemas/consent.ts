import { Id } from './common';
import { documented, z } from '../zod';

export const GrantConsentBody = documented(
  z.strictObject({
    managerId: documented(Id, {
      description: 'Your current manager, who may then see your history.',
    }),
  }),
  { id: 'GrantConsent' },
);

export const ConsentParams = z.object({ consentId: Id });

const ConsentShape = {
  id: z.string(),
  reportId: z.string(),
  managerId: z.string(),
  grantedAt: z.string(),
  revokedAt: z.exactOptional(z.string()),
  etag: z.string(),
};

export const Consent = documented(z.object(ConsentShape), { id: 'Consent' });

export const ConsentListResponse = documented(z.object({ items: z.array(Consent) }), {
  id: 'Consents',
});
