import { useState, type ReactNode } from 'react';
import { drafts, type DraftOwner } from '../shared/drafts/owned-drafts';
import { SignedInOwnerContext } from '../shared/preferences/owned-preferences';

/**
 * Starts the signed-in account's draft session before any screen below reads a draft: drafts of
 * any other account on this browser are deleted, and what is typed from here on is this
 * account's. Keyed by the account, so a different account starts a new session.
 */
export function DraftOwnerBoundary({
  owner,
  children,
}: {
  owner: DraftOwner;
  children: ReactNode;
}) {
  // In an initialiser, not an effect: children read their drafts while rendering, after this.
  useState(() => {
    drafts.begin(owner);
    return owner;
  });
  return <SignedInOwnerContext.Provider value={owner}>{children}</SignedInOwnerContext.Provider>;
}
