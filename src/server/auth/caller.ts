/** The app role Entra puts in `roles` for the people who may see aggregate cadence health. */
export const HR_ADMIN_ROLE = 'CareerConversations.HRAdmin';

/** The delegated scope the web app asks for to call the API on the signed-in person's behalf. */
export const REQUIRED_SCOPE = 'access_as_user';

/** Who is calling, from a verified access token: nothing else about them is trusted. */
export interface Caller {
  /** Entra object id (`oid`): the same id the directory and the stores use. */
  userId: string;
  /** `tid`. */
  tenantId: string;
  isHrAdmin: boolean;
  /** For logs only: `name` or `preferred_username`, never used to decide anything. */
  displayName?: string;
}
