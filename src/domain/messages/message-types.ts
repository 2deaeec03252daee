/** A message ready for the mailer: the HTML body and its plain-text alternative say the same. */
export interface ComposedMessage {
  /** A single line: line breaks from user text are folded into spaces. */
  subject: string;
  html: string;
  text: string;
}
