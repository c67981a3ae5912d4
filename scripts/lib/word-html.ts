/**
 * Clipboard HTML shaped as Word for Windows puts it on the clipboard (what Chromium hands a page as
 * `text/html`): the Office namespaces, a style sheet in a comment, `MsoNormal` paragraphs with
 * `dir=RTL` and `lang=AR-SA` runs, list paragraphs whose markers sit between `<![if !supportLists]>`
 * and `<![endif]>`, `<o:p>` fillers and the StartFragment/EndFragment comments. Written for the
 * paste benchmark; the texts are ours.
 */

const HEAD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><style><!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:8.0pt; text-align:right; direction:rtl; unicode-bidi:embed; font-size:11.0pt; font-family:"Calibri",sans-serif;}
 h2 {mso-style-link:"Heading 2 Char"; margin-top:2.0pt; direction:rtl; unicode-bidi:embed; font-size:13.0pt;}
 p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast {margin-right:36.0pt; direction:rtl; unicode-bidi:embed;}
 @list l0:level1 {mso-level-number-format:bullet; mso-level-text:\\F0B7; mso-level-tab-stop:none; mso-level-number-position:right;}
--></style></head><body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'><!--StartFragment-->`;

const TAIL = '<!--EndFragment--></body></html>';

const SENTENCES = [
  'قال وزير الخارجية في مؤتمر صحفي إن "الحوار هو الطريق الوحيد" لإنهاء الحرب في أوكرانيا.',
  'وأضاف أن بلاده تتابع التطورات في غزة ولبنان عن كثب، وتدعو إلى وقف إطلاق النار.',
  'وبحسب مصادر دبلوماسية، ناقش الجانبان التجارب الصاروخية لكوريا الشمالية قرب شبه الجزيرة.',
  'ويرى محللون أن الأسواق ستبقى متقلبة ما دامت أسعار الطاقة مرتفعة.',
];

const run = (text: string) => `<span lang=AR-SA style='font-size:14.0pt;font-family:"Simplified Arabic",serif'>${text}</span>`;

function paragraph(i: number): string {
  const a = SENTENCES[i % 4]!;
  const b = SENTENCES[(i + 1) % 4]!;
  // Every third paragraph has a bold run, every seventh a link, as an edited story would.
  const first = i % 3 === 0 ? `<b>${run(a)}</b>` : run(a);
  const second = i % 7 === 0 ? `<a href="https://example.com/story/${i}">${run(b)}</a>` : run(b);
  return `<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'>${first}${run(' ')}${second}<o:p></o:p></p>`;
}

function listItem(text: string, place: 'First' | 'Middle' | 'Last'): string {
  return `<p class=MsoListParagraphCxSp${place} dir=RTL style='margin-top:0cm;margin-right:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1;direction:rtl;unicode-bidi:embed'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span><![endif]><span dir=LTR></span>${run(text)}<o:p></o:p></p>`;
}

/**
 * A story of `count` paragraphs as Word's clipboard HTML: a title, a section heading before every
 * 20th paragraph and a three-item list after every 50th.
 */
export function wordClipboardHtml(title: string, count: number): string {
  const parts = [HEAD, `<p class=MsoTitle dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'>${run(title)}<o:p></o:p></p>`];
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) parts.push(`<h2 dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'>${run(`محور رقم ${i / 20 + 1}`)}<o:p></o:p></h2>`);
    parts.push(paragraph(i));
    if (i % 50 === 49) parts.push(listItem('تعزيز الحوار', 'First'), listItem('خفض التصعيد', 'Middle'), listItem('تبادل الأسرى', 'Last'));
  }
  parts.push(TAIL);
  return parts.join('\r\n');
}
