import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { isPortError } from '../../app/ports/port-error';

/** The message a person can act on: a PortError's, or a plain fallback naming what failed. */
export function messageOf(error: unknown, what: string): string {
  return isPortError(error) ? error.message : `${what} could not be loaded. Try again.`;
}

export interface ErrorBarProps {
  title?: string;
  error: unknown;
  /** What failed, in the person's words, e.g. "The contract". */
  what: string;
  retry?: () => void;
}

export function ErrorBar({ title, error, what, retry }: ErrorBarProps) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {messageOf(error, what)}
      </MessageBarBody>
      {retry ? (
        <MessageBarActions>
          <Button onClick={retry}>Try again</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

/**
 * Cached data first (even while refreshing or after a failed refresh, with the error beside it),
 * a spinner only when there is nothing to show yet, and an error with a retry otherwise.
 */
export function QueryState<T>({
  query,
  what,
  loadingLabel,
  children,
}: {
  query: QueryLike<T>;
  what: string;
  loadingLabel: string;
  children: (data: T) => ReactNode;
}) {
  const retry = () => void query.refetch();
  if (query.data !== undefined) {
    return (
      <>
        {query.error ? <ErrorBar error={query.error} what={what} retry={retry} /> : null}
        {children(query.data)}
      </>
    );
  }
  if (query.isPending && !query.error) return <Spinner label={loadingLabel} />;
  return <ErrorBar error={query.error} what={what} retry={retry} />;
}
