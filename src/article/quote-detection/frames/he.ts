import type { FrameGroup } from './types';

/** Hebrew frames of saying (the prefixes ו, ש, וש, כש are added at load time). */
export const HEBREW: readonly FrameGroup[] = [
  { kind: 'verb', words: 'אמר אמרה אמרו אומר אומרת אומרים ציין ציינה ציינו הוסיף הוסיפה הוסיפו ענה ענתה ענו טען טענה טענו טוען טוענים' },
  { kind: 'verb', words: 'השיב השיבה הודיע הודיעה הודיעו מסר מסרה הבהיר הבהירה הדגיש הדגישה כתב כתבה תהה תהתה שאל שאלה הזהיר הזהירה איים איימה' },
  { kind: 'verb', words: 'סיפר סיפרה סיפרו דיבר דיברה הגיב הגיבה הגיבו הסביר הסבירה הכריז הכריזה הצהיר הצהירה קרא קראה התחייב התחייבה הבטיח הבטיחה' },
  { kind: 'verb', words: 'התייחס התייחסה התייחסו', governs: ['ל'], note: 'התייחס ל…: the complement may come right after the verb' },
  { kind: 'transmit', words: 'ציטט ציטטה ציטטו', note: 'ציטטה X את Y: Y is the speaker' },
  { kind: 'according', words: 'לדברי לפי פי', note: 'פי only after על (על פי)' },
  { kind: 'participle', words: 'לדבריו לדבריה לדבריהם' },
];
