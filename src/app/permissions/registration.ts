import { HOST_CLIENT_APPS } from './host-client-apps';
import { MICROSOFT_GRAPH_APP_ID } from './graph-permission-ids';
import { GRAPH_PERMISSIONS, graphPermissionId, type GraphPermission } from './graph-permissions';

/** Filled by the Agents Toolkit's `aadApp/create` action when it creates the registration. */
export const ACCESS_AS_USER_ID_PLACEHOLDER = '${{AAD_APP_ACCESS_AS_USER_PERMISSION_ID}}';

export interface ResourceAccess {
  id: string;
  type: 'Scope' | 'Role';
}

/** `requiredResourceAccess` of the app registration: Microsoft Graph, from the one list. */
export function requiredResourceAccess(
  permissions: readonly GraphPermission[] = GRAPH_PERMISSIONS,
): { resourceAppId: string; resourceAccess: ResourceAccess[] }[] {
  return [
    {
      resourceAppId: MICROSOFT_GRAPH_APP_ID,
      resourceAccess: permissions.map((permission) => ({
        id: graphPermissionId(permission),
        type: permission.kind === 'delegated' ? 'Scope' : 'Role',
      })),
    },
  ];
}

/** `api.preAuthorizedApplications`: the Microsoft hosts, for `access_as_user`. */
export function preAuthorizedApplications(): { appId: string; delegatedPermissionIds: string[] }[] {
  return HOST_CLIENT_APPS.map(({ appId }) => ({
    appId,
    delegatedPermissionIds: [ACCESS_AS_USER_ID_PLACEHOLDER],
  }));
}
