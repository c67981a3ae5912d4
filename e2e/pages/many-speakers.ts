/**
 * A generated Arabic article for layout checks: nine statements by nine different speakers, one a
 * paragraph, every paragraph in one of the three default threads. "Who said what" lists nine
 * groups, which is what pushed the story a screen down on phones (issue #13).
 */
import { DEFAULT_THREADS } from '../../src/article/threads';

const SPEAKERS = ['سامي الخطيب', 'ليلى منصور', 'كريم حداد', 'نادية يوسف', 'عمر فاضل', 'هدى سليمان', 'طارق نجيب', 'رنا عيسى', 'جميل شاكر'];
export const SPEAKER_COUNT = SPEAKERS.length;

const MANY_SPEAKERS_LEAD =
  'اجتمع ممثلو تسع جهات في العاصمة صباح اليوم لبحث خطة مشتركة لإعادة فتح الموانئ وتسيير قوافل الإغاثة، في لقاء وصفه المشاركون بأنه الأوسع منذ بداية الأزمة، وامتدت جلساته حتى ساعات المساء دون أن يصدر بيان ختامي يحدد موعد التنفيذ أو الجهات المسؤولة عنه.';

export function manySpeakersArticle(): Record<string, unknown> {
  const statements = SPEAKERS.map((speaker, i) => ({
    type: 'paragraph',
    id: `p${i + 2}`,
    content: [
      `وقال ${speaker} في حديثه إلى الصحفيين بعد الجلسة `,
      { type: 'quote', kind: 'statement', speaker, open: '«', close: '»', content: [`إن الموقف يتطلب خطوة عاجلة رقم ${i + 1} قبل نهاية الأسبوع`] },
      '، مضيفًا أن التفاصيل ستعلن لاحقًا.',
    ],
    threads: [{ id: DEFAULT_THREADS[i % DEFAULT_THREADS.length]!.id }],
  }));
  return {
    format: 'sahifa-article/1',
    slug: 'nine-speakers',
    title: 'تسع جهات تبحث إعادة فتح الموانئ وتسيير قوافل الإغاثة',
    subtitle: 'لقاء مطوّل في العاصمة دون موعد للتنفيذ',
    byline: 'مراسل الصحيفة',
    published: '2026-03-01T10:00:00Z',
    lang: 'ar',
    dir: 'rtl',
    status: 'published',
    threads: DEFAULT_THREADS,
    body: [{ type: 'paragraph', id: 'p1', content: [MANY_SPEAKERS_LEAD], threads: [{ id: 'middle-east' }] }, ...statements],
  };
}
