/**
 * The part of an authority's OpenID configuration MSAL reads
 * (`{authority}/v2.0/.well-known/openid-configuration`). Written into `/config.json`, so MSAL
 * takes it from there (`authorityMetadata`) instead of fetching it before every cold sign-in,
 * one more round trip on the way to the first screen.
 */
export interface AuthorityMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint: string;
  jwks_uri: string;
}

/**
 * Entra ID lays every endpoint out under the tenant's authority (and the local tenant copies that
 * layout), so the metadata follows from the authority's URL: `https://host/{tenant id}`.
 */
export function authorityMetadataFor(authority: string): AuthorityMetadata {
  const base = authority.replace(/\/+$/, '');
  return {
    issuer: `${base}/v2.0`,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    token_endpoint: `${base}/oauth2/v2.0/token`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
  };
}
