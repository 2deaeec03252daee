import { BrowserAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import {
  classifyAuthFailure,
  describeAdminProblem,
  describeScope,
  SignInProblemError,
} from '../../../../src/web/auth/auth-failure';

describe('classifying what MSAL reports', () => {
  it('reads consent required from the error code, the sub-error or the AADSTS code', () => {
    expect(classifyAuthFailure(new InteractionRequiredAuthError('consent_required', ''))).toEqual({
      kind: 'consent-required',
    });
    expect(
      classifyAuthFailure(
        new InteractionRequiredAuthError('interaction_required', '', '', 'consent_required'),
      ),
    ).toEqual({ kind: 'consent-required' });
    // The nested app auth bridge drops the sub-error: only the description says it.
    expect(
      classifyAuthFailure(
        new ServerError(
          'invalid_grant',
          '',
          'AADSTS65001: The user or administrator has not consented to use the application.',
        ),
      ),
    ).toEqual({ kind: 'consent-required' });
  });

  it('reads not assigned and Conditional Access from the AADSTS code', () => {
    expect(
      classifyAuthFailure(
        new ServerError(
          'invalid_grant',
          '',
          'AADSTS50105: The signed in user is not assigned to a role',
        ),
      ),
    ).toEqual({ kind: 'not-assigned' });
    expect(
      classifyAuthFailure(
        new InteractionRequiredAuthError(
          'interaction_required',
          '',
          'AADSTS53003: Access has been blocked by Conditional Access policies.',
        ),
      ),
    ).toEqual({ kind: 'conditional-access' });
  });

  it('tells interaction required, a closed window and a blocked window apart', () => {
    expect(classifyAuthFailure(new InteractionRequiredAuthError('login_required', ''))).toEqual({
      kind: 'interaction-required',
    });
    expect(classifyAuthFailure(new InteractionRequiredAuthError('no_tokens_found', ''))).toEqual({
      kind: 'interaction-required',
    });
    expect(classifyAuthFailure(new BrowserAuthError('user_cancelled', ''))).toEqual({
      kind: 'cancelled',
    });
    expect(classifyAuthFailure({ errorCode: 'user_canceled', message: '' })).toEqual({
      kind: 'cancelled',
    });
    expect(classifyAuthFailure(new BrowserAuthError('popup_window_error', ''))).toEqual({
      kind: 'popup-blocked',
    });
  });

  it('reads the error number Entra sends beside the code', () => {
    expect(
      classifyAuthFailure(new ServerError('invalid_grant', '', 'refused', '', '50105')),
    ).toEqual({
      kind: 'not-assigned',
    });
  });

  it('keeps anything else as a failure with its message', () => {
    expect(classifyAuthFailure(new Error('network down'))).toEqual({
      kind: 'failed',
      message: 'network down',
    });
    expect(classifyAuthFailure('odd')).toEqual({ kind: 'failed', message: 'odd' });
  });
});

describe('naming scopes for the admin', () => {
  it('names Graph scopes with what they are for, and the API scope by its purpose', () => {
    expect(describeScope('User.Read')).toBe('User.Read (read your profile)');
    expect(describeScope('api://career/access_as_user')).toBe(
      'api://career/access_as_user (use the Career Conversations API as you)',
    );
    expect(describeScope('Something.Else')).toBe('Something.Else');
  });
});

describe('telling the person what to ask the admin', () => {
  it('names every missing permission and says to ask the admin', () => {
    const error = new SignInProblemError({ kind: 'consent-required' }, [
      'Calendars.ReadWrite',
      'Mail.Send',
    ]);
    expect(error.message).toBe(
      'Your organisation has not granted Career Conversations the permission it needs: Calendars.ReadWrite (book career conversations in your calendar), Mail.Send (send the reflection prompt and the summary). Ask your Microsoft 365 admin to grant admin consent for the app, then try again.',
    );
    expect(describeAdminProblem('not-assigned', [])).toMatch(/not assigned.*admin/);
    expect(describeAdminProblem('conditional-access', [])).toMatch(/Conditional Access.*admin/);
  });
});
