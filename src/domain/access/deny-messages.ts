import type { DenyReason } from './access-types';

/**
 * Fixed texts on purpose: a message built from the request could leak a name, an id or whether a
 * person exists. Each says what the caller can do instead where there is something.
 */
export const DENY_MESSAGES: Readonly<Record<DenyReason, string>> = {
  'not-your-report':
    'You can see career records only for yourself and for people who report to you now.',
  'former-manager':
    'You are no longer the manager here, so these career records are closed to you.',
  'history-needs-consent':
    'This was recorded before you became the manager. You can see it once the person agrees to share their earlier history with you.',
  'history-is-read-only':
    'This was recorded with a previous manager and stays as it was. Record what you agree now in a new version or conversation.',
  'not-the-owner':
    'Only the person who made this commitment can mark it as done or reopen it, in a new contract version too.',
  'manager-records-this':
    'Your manager records this after you have agreed it together. Ask them to update it.',
  'only-the-person-themself': 'Only the person themself can do this with their own data.',
  'not-your-team': 'You can see the team overview only for your own direct reports.',
  'hr-sees-aggregates-only':
    'HR admins see cadence health in aggregate only, never what was said or agreed.',
  'not-hr-admin': 'Only an HR admin can do this.',
  'missing-record-facts':
    'We could not check your access to this item, so it was not shown or changed. Reload and try again.',
};
