import { z } from 'zod';
import type { TenantContext } from '../core/context';
import type { DirectoryUser } from '../state/types';
import { findUser } from '../entra/lookups';

/** A person added through /_local/users; anything not given gets Graph's empty value. */
export const newUserSchema = z.object({
  id: z.uuid().optional(),
  userPrincipalName: z.email(),
  displayName: z.string().min(1),
  givenName: z.string().nullable().optional(),
  surname: z.string().nullable().optional(),
  mail: z.email().nullable().optional(),
  jobTitle: z.string().nullable().optional(),
  department: z.string().nullable().optional(),
  officeLocation: z.string().nullable().optional(),
  managerId: z.string().nullable().optional(),
  timeZone: z.string().optional(),
  accountEnabled: z.boolean().optional(),
});

export const userPatchSchema = z
  .object({
    displayName: z.string().min(1),
    jobTitle: z.string().nullable(),
    department: z.string().nullable(),
    officeLocation: z.string().nullable(),
    accountEnabled: z.boolean(),
    timeZone: z.string(),
  })
  .partial();

export function addUser(
  ctx: TenantContext,
  input: z.infer<typeof newUserSchema>,
): { ok: true; user: DirectoryUser } | { ok: false; message: string } {
  const state = ctx.store.state;
  if (findUser(state, input.userPrincipalName) || (input.id && findUser(state, input.id))) {
    return { ok: false, message: 'A user with that id or userPrincipalName already exists.' };
  }
  if (input.managerId && !findUser(state, input.managerId)) {
    return { ok: false, message: `No user '${input.managerId}' to be the manager.` };
  }
  const user: DirectoryUser = {
    id: (input.id ?? ctx.newId()).toLowerCase(),
    userPrincipalName: input.userPrincipalName,
    mail: input.mail === undefined ? input.userPrincipalName : input.mail,
    displayName: input.displayName,
    givenName: input.givenName ?? null,
    surname: input.surname ?? null,
    jobTitle: input.jobTitle ?? null,
    department: input.department ?? null,
    officeLocation: input.officeLocation ?? null,
    city: null,
    country: null,
    usageLocation: null,
    companyName: null,
    employeeId: null,
    employeeHireDate: null,
    businessPhones: [],
    mobilePhone: null,
    preferredLanguage: null,
    accountEnabled: input.accountEnabled ?? true,
    createdDateTime: ctx.clock.now().toISOString(),
    managerId: input.managerId ?? null,
    timeZone: input.timeZone ?? 'UTC',
  };
  ctx.store.update((s) => {
    s.users.push(user);
  });
  return { ok: true, user };
}
