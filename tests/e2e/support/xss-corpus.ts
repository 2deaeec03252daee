/**
 * The XSS corpus of the reliability drill: text a person could type into any field the product
 * later shows, each payload shaped to run `__xss('<id>')` (or `alert('<id>')`) if it ever became
 * markup or script. The browser tests install `__xss` as a tripwire and listen for dialogs; the
 * mail renderer's unit test feeds the same payloads through every composer.
 *
 * Each payload is 8 to 280 characters, one line and free of control characters, so every text
 * field the career API accepts (a commitment's action is the tightest) takes it as typed.
 */
export interface XssPayload {
  id: string;
  text: string;
}

const RAW: readonly string[] = [
  // Script tags, plain, mixed case, broken and nested.
  `<script>__xss('ID')</script>`,
  `<SCRIPT>__xss('ID')</SCRIPT>`,
  `<ScRiPt src=data:text/javascript,__xss('ID')></sCrIpT>`,
  `<scr<script>ipt>__xss('ID')</scr</script>ipt>`,
  `</textarea><script>__xss('ID')</script>`,
  `</title></style><script>__xss('ID')</script>`,
  `"><script>__xss('ID')</script>`,
  `'><script>alert('ID')</script>`,
  // Event-handler attributes on every kind of element.
  `<img src=x onerror=__xss('ID')>`,
  `<IMG SRC=x OnErRoR="__xss('ID')">`,
  `<svg onload=__xss('ID')>`,
  `<input autofocus onfocus=__xss('ID')>`,
  `<details open ontoggle=__xss('ID')>`,
  `<video><source onerror=__xss('ID')></video>`,
  `<marquee onstart=__xss('ID')>text</marquee>`,
  `<div style="width:1px" onmouseover=__xss('ID')>hover</div>`,
  `<iframe src=x onload=__xss('ID')></iframe>`,
  `" onmouseover="__xss('ID')" x="`,
  `' autofocus onfocus='__xss("ID")' x='`,
  // javascript: and data: URLs.
  `<a href="javascript:__xss('ID')">click</a>`,
  `<a href="JaVaScRiPt:__xss('ID')">click</a>`,
  `<a href=" &#14; javascript:__xss('ID')">click</a>`,
  `javascript:__xss('ID')//https://example.com`,
  `<iframe src="javascript:__xss('ID')"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss('ID')</script>"></iframe>`,
  `<object data="data:text/html,<script>parent.__xss('ID')</script>"></object>`,
  `<form action="javascript:__xss('ID')"><button>go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:__xss('ID')">`,
  // SVG and MathML tricks.
  `<svg><script>__xss('ID')</script></svg>`,
  `<svg><animate onbegin=__xss('ID') attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:__xss('ID')"><text x=20 y=20>x</text></a></svg>`,
  `<svg><set attributeName=onmouseover to=__xss('ID')>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__xss('ID')>`,
  `<svg><foreignObject><img src=x onerror=__xss('ID')></foreignObject></svg>`,
  // Entities, template literals, markdown and other text that only looks like code.
  `&lt;script&gt;__xss('ID')&lt;/script&gt;`,
  `&#60;img src=x onerror=__xss('ID')&#62;`,
  `\\u003cimg src=x onerror=__xss('ID')\\u003e`,
  `\${__xss('ID')} and {{__xss('ID')}}`,
  `\`\${__xss('ID')}\` in a template literal`,
  `[click me](javascript:__xss('ID')) as markdown`,
  `![image](x" onerror="__xss('ID')) as markdown`,
  `<style>@import 'javascript:__xss("ID")';</style>`,
  `<base href="javascript:__xss('ID')//">`,
  `<noscript><p title="</noscript><img src=x onerror=__xss('ID')>">`,
  `<template><img src=x onerror=__xss('ID')></template>`,
  `<!--<img src="--><img src=x onerror=__xss('ID')//">`,
  `<![CDATA[<img src=x onerror=__xss('ID')>]]>`,
  `+ADw-script+AD4-__xss('ID')+ADw-/script+AD4- (UTF-7)`,
];

/** Every payload with its own id, so a tripwire says which one ran. */
export const XSS_CORPUS: readonly XssPayload[] = RAW.map((template, index) => {
  const id = `x${String(index + 1).padStart(2, '0')}`;
  return { id, text: template.replaceAll('ID', id) };
});

/** Payloads joined for a longer free-text field (notes, direction), at most `max` characters. */
export function joinedPayloads(payloads: readonly XssPayload[], max: number, separator = ' | ') {
  let out = '';
  for (const payload of payloads) {
    const next = out === '' ? payload.text : `${out}${separator}${payload.text}`;
    if (next.length > max) break;
    out = next;
  }
  return out;
}
