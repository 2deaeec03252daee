import { z } from 'zod';
import { Id } from './common';

export const GrantConsentBody = z
  .strictObject({
    managerId: Id.meta({ description: 'Your current manager, who may then see your history.' }),
  })
  .meta({ id: 'GrantConsent' });

export const ConsentParams = z.object({ consentId: Id });

export const Consent = z
  .object({
    id: z.string(),
    reportId: z.string(),
    managerId: z.string(),
    grantedAt: z.string(),
    revokedAt: z.string().optional(),
    etag: z.string(),
  })
  .meta({ id: 'Consent' });

export const ConsentListResponse = z.object({ items: z.array(Consent) }).meta({ id: 'Consents' });
