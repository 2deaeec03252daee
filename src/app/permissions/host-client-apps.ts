/**
 * Microsoft's own client apps pre-authorised to ask for the career API's `access_as_user` on the
 * person's behalf (Teams SSO, Office add-in SSO, and Microsoft 365 hosts of a Teams tab), so
 * nobody is asked to consent to them. The ids are Microsoft's documented lists:
 * - https://learn.microsoft.com/en-us/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad
 *   (Teams desktop, mobile and web)
 * - https://learn.microsoft.com/en-us/microsoftteams/platform/m365-apps/extend-m365-teams-personal-tab
 *   (Microsoft 365 app, Office and Outlook running a Teams tab)
 * - https://learn.microsoft.com/en-us/office/dev/add-ins/develop/register-sso-add-in-aad-v2
 *   (Office on the web for add-ins)
 */
export const HOST_CLIENT_APPS = [
  { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', host: 'Teams desktop and mobile' },
  { appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', host: 'Teams on the web' },
  { appId: '4765445b-32c6-49b0-83e6-1d93765276ca', host: 'Microsoft 365 app on the web' },
  { appId: '0ec893e0-5785-4de6-99da-4ed124e5296c', host: 'Microsoft 365 app desktop' },
  { appId: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', host: 'Outlook desktop, Microsoft 365 mobile' },
  { appId: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3', host: 'Outlook on the web' },
  { appId: '27922004-5251-4030-b22d-91ecd9a37ea4', host: 'Outlook mobile' },
  { appId: '08e18876-6177-487e-b8b5-cf950c1e598c', host: 'Office on the web (add-ins)' },
] as const;
