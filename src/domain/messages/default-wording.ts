/** Wording left empty means "use the playbook's": an empty message invites no one. */
export function wordingOr(wording: string | undefined, fallback: string): string {
  return wording === undefined || wording.trim() === '' ? fallback : wording.trim();
}
