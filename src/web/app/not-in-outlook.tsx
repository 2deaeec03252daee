import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/** The add-in page opened anywhere but in Outlook: where to open it, and nothing else. */
export function NotInOutlook() {
  return (
    <MessageBar intent="warning" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Open this page from Outlook</MessageBarTitle>
        This is the Career Conversations add-in for Outlook: open a mail or a meeting in Outlook and
        choose Career on the ribbon. In a browser or in Teams, use the app itself.
      </MessageBarBody>
    </MessageBar>
  );
}
