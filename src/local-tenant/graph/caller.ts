/** Who is calling Graph, read from a verified access token. */
export type Caller =
  | {
      kind: 'delegated';
      /** The signed-in user's object id (`oid`). */
      userId: string;
      /** The client application (`appid`). */
      appId: string;
      /** Delegated permissions (`scp`). */
      scopes: string[];
      /** App roles assigned to the user, when the resource defines any. */
      roles: string[];
      claims: Record<string, unknown>;
    }
  | {
      kind: 'application';
      appId: string;
      /** Application permissions (`roles`). */
      roles: string[];
      claims: Record<string, unknown>;
    };
