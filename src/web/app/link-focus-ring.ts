import { makeStaticStyles, tokens } from '@fluentui/react-components';

/**
 * Fluent's Link marks keyboard focus with a double underline only, which is easy to miss (and
 * invisible on a link already underlined as the current step). Every link gets the same 2 px ring
 * as buttons, in the theme's focus colour (white in dark, the system colour in high contrast).
 * The doubled class outranks Link's own atomic `outline-style: none` whatever the insertion order.
 */
export const useLinkFocusRing = makeStaticStyles({
  '.fui-Link.fui-Link:focus-visible, .fui-Link.fui-Link[data-fui-focus-visible]': {
    outlineStyle: 'solid',
    outlineWidth: '2px',
    outlineColor: tokens.colorStrokeFocus2,
    outlineOffset: '2px',
    borderRadius: tokens.borderRadiusSmall,
  },
});
