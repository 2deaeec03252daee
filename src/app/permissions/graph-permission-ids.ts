/**
 * Microsoft Graph's permission ids, the same in every tenant: app registrations
 * (`requiredResourceAccess`) name permissions by these ids, not by their names. Delegated ids are
 * Graph's `oauth2PermissionScopes`, application ids its `appRoles`; a name can have both, with
 * different ids (User.Read.All). Looked up in the Microsoft Graph permissions reference:
 * https://learn.microsoft.com/en-us/graph/permissions-reference
 */
export const GRAPH_PERMISSION_IDS = {
  delegated: {
    openid: '37f7f235-527c-4136-accd-4a02d197296e',
    profile: '14dad69e-099b-42c9-810b-d002981feec1',
    offline_access: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
    'User.Read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
    'User.Read.All': 'a154be20-db9c-4678-8ab7-66f6cc099a59',
    'MailboxSettings.Read': '87f447af-9fa4-4c32-9dfa-4a57a73d18ce',
    'Calendars.ReadWrite': '1ec239c2-d7c9-4623-a91a-a9775856bb36',
    'Mail.ReadWrite': '024d486e-b451-40bb-833d-3e66d98c5c73',
    'Mail.Send': 'e383f46e-2787-4529-855e-0e479a3ffac0',
    'Chat.Create': '38826093-1258-4dea-98f0-00003be2b8d0',
    'ChatMessage.Send': '116b7235-7cc6-461e-b163-8e55691d839e',
    'Chat.Read': 'f501c180-9344-439a-bca0-6cbf209fd270',
    'Tasks.ReadWrite': '2219042f-cab5-40cc-b0d2-16b1540b4c5f',
    'Files.ReadWrite.AppFolder': '8019c312-3263-48e6-825e-2b833497195b',
  },
  application: {
    'Sites.Selected': '883ea226-0bf2-4a8f-9f9d-92c9162a727d',
    'User.Read.All': 'df021288-bdef-4463-88db-98f22de89214',
    'TeamsActivity.Send': 'a267235f-af13-44dc-8385-c1dc93023186',
  },
} as const;

/** Microsoft Graph's application id, the resource of every permission above. */
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
