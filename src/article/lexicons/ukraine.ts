import type { ThreadLexicon } from './types';

/** Ukraine: the country, its cities and regions (incl. occupied ones), its leaders, its people. */
export const UKRAINE: ThreadLexicon = {
  id: 'ukraine',
  places: [
    // Arabic
    'أوكرانيا', 'أكرانيا', 'كييف', 'كيیف', 'خاركيف', 'خاركوف', 'خاركييف', 'أوديسا', 'ماريوبول',
    'بوتشا', 'إيربين', 'إربين', 'بوروديانكا', 'دونباس', 'دونيتسك', 'دونتسك',
    'لوهانسك', 'لوغانسك', 'لوجانسك', '!القرم', 'شبه جزيرة القرم', 'زابوريجيا', 'زابوروجيا', 'زاباروجيا',
    'زابوريزهيا', 'خيرسون', 'تشيرنيفتسي', 'لفوف', 'دنيبرو', 'دنيبروبتروفسك',
    'سومي', 'بولتافا', 'تشيرنيهيف', 'تشرنيغوف', 'تشيرنيغوف', 'تشرنوبل', 'تشيرنوبل', 'تشيرنوبيل',
    'باخموت', 'أفدييفكا', 'سيفيرودونيتسك', 'ليسيتشانسك', 'كراماتورسك', 'سلوفيانسك', 'ميكولايف',
    'نيكولاييف', 'فينيتسا', 'جيتومير', 'إيزيوم', 'كوبيانسك', 'بوكروفسك', 'ميليتوبول', 'بيرديانسك',
    'سيفاستوبول', 'بحر آزوف', 'نهر دنيبر', 'دنيبر',
    // Persian
    'اوکراین', 'کی‌یف', 'کییف', 'خارکیف', 'اودسا', 'ماریوپل', 'ماریوپول', 'بوچا', 'دونتسک', 'لوهانسک',
    'کریمه', 'زاپوریژیا', 'خرسون', 'دنیپرو',
    // Urdu
    'یوکرین', 'یوکرائن', 'کیئف', 'خارکیو',
    // Hebrew (without the article / prepositions)
    'אוקראינה', 'קייב', 'קיוב', 'חרקוב', 'חרקיב', 'אודסה', 'מריופול', "בוצ'ה", 'דונבאס', 'דונבס',
    'דונייצק', 'דונצק', 'לוהנסק', 'חצי האי קרים', "זפוריז'יה", 'חרסון', 'לבוב', 'לביב', 'באחמוט',
    // English
    'ukraine', 'kyiv', 'kiev', 'kharkiv', 'kharkov', 'odesa', 'odessa', 'mariupol', 'bucha', 'irpin',
    'donbas', 'donbass', 'donetsk', 'luhansk', 'lugansk', 'crimea', 'zaporizhzhia', 'zaporizhia',
    'kherson', 'chernivtsi', 'lviv', 'dnipro', 'sumy', 'poltava', 'chernihiv', 'bakhmut', 'avdiivka',
    'kramatorsk', 'sloviansk', 'mykolaiv', 'melitopol', 'sevastopol', 'chernobyl', 'chornobyl',
  ],
  demonyms: [
    'أوكراني', 'اوکراینی', 'یوکرینی', 'אוקראיני',
    'ukrainian', 'ukrainians', 'crimean',
  ],
  people: [
    'زيلينسكي', 'زيلنسكي', 'زلينسكي', 'زلنسكي', 'زيلينيسكي', 'زيلينسكيي', 'بوروشينكو', 'شميهال',
    'زلنسکی', 'زلنسكی', 'زلینسکی', 'زیلنسکی', 'پوروشنکو',
    'זלנסקי',
    'zelensky', 'zelenskyy', 'zelenskiy', 'zelenski', 'poroshenko', 'shmyhal',
  ],
  groups: ['كتيبة آزوف', 'لواء آزوف', 'azov battalion', 'azov brigade'],
  // لفيف is also "a crowd" (لفيف من العلماء).
  weak: ['^لفيف'],
  blocked: [],
};
