/**
 * `npm run bench`: speed figures for the article core, printed (not asserted by tests).
 * - import with quote detection and thread tagging on a generated 1 MB Arabic text (target ≥ 20 MB/s);
 * - a pathological 1 MB of unbalanced quote marks (target < 1 s);
 * - parsing and validating a large article JSON.
 */
import { performance } from 'node:perf_hooks';
import { importText } from '../src/article/import-text';
import { parseArticle } from '../src/article/parse';

const MB = 1024 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

// Sentences written for this benchmark: reporting verbs, quotes of every shape, thread names, lists.
const SENTENCES = [
  'قال المتحدث باسم الوزارة للصحفيين: "نحن ملتزمون بالحوار مع جميع الأطراف في أوكرانيا وخارجها".',
  'وأضاف أن الحكومة "لن تتراجع" عن قراراتها الأخيرة بشأن الشرق الأوسط.',
  'وأكدت وزيرة الخارجية في بيان أن «المفاوضات مستمرة» رغم الصعوبات في غزة ولبنان.',
  'بثت قناة "الأخبار" تقريرًا عن المناورات قرب سيول وبيونغ يانغ.',
  'وبحسب مصادر مطلعة، فإن الاجتماع المقبل سيعقد في القاهرة الشهر المقبل.',
  'تطرق الجانبان إلى ملفات عدة، منها:الطاقة.الأمن الغذائي.التجارة البحرية في البحر الأحمر.',
  'وقال رئيس الوفد “إن الوضع لا يحتمل التأجيل، وعلينا أن نتحرك الآن”، مشيرًا إلى تصاعد التوتر.',
  'يشهد الاقتصاد العالمي تباطؤًا واضحًا مع ارتفاع أسعار الفائدة في معظم الدول الصناعية.',
];

function generateArticle(target: number): string {
  const lines = ['عنوان المقالة التجريبية لقياس السرعة', ''];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const paragraph = i % 12 === 0 ? 'عنوان فرعي للقسم' : [0, 1, 2].map((k) => SENTENCES[(i * 3 + k) % SENTENCES.length]).join(' ');
    lines.push(paragraph, '');
    size += bytes(paragraph) + 2;
  }
  return lines.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Warm-up runs before the timed ones: V8 settles its optimised code for the import in about five. */
const WARM_UP = 5;

/** Times `fn`: its first (cold) run, then, after the other warm-up runs, the median of `runs` more. */
function timed(fn: () => void, runs = 7): { cold: number; median: number } {
  const samples: number[] = [];
  for (let i = 0; i < WARM_UP + runs; i++) {
    const start = performance.now();
    fn(); // the first WARM_UP runs let V8 compile (and settle) the hot paths
    samples.push(performance.now() - start);
  }
  return { cold: samples[0]!, median: median(samples.slice(WARM_UP)) };
}

const time = (fn: () => void, runs = 7) => timed(fn, runs).median;

const text = generateArticle(MB);
const { median: importMs, cold: importColdMs } = timed(() => importText(text));
const throughput = bytes(text) / MB / (importMs / 1000);
console.log(`import (detect quotes + tag threads), ${(bytes(text) / MB).toFixed(2)} MB Arabic: ${importMs.toFixed(1)} ms median of 7 after ${WARM_UP} warm-up runs = ${throughput.toFixed(1)} MB/s (target >= 20 MB/s)`);
console.log(`  (the first, cold run: ${importColdMs.toFixed(1)} ms = ${(bytes(text) / MB / (importColdMs / 1000)).toFixed(1)} MB/s)`);
// Process CPU time of the same work: on a busy machine wall time measures the other processes too.
const cpuSamples: number[] = [];
for (let i = 0; i < 7; i++) {
  const before = process.cpuUsage();
  importText(text);
  const used = process.cpuUsage(before);
  cpuSamples.push((used.user + used.system) / 1000);
}
const cpuMs = median(cpuSamples);
console.log(`  the same in process CPU time: ${cpuMs.toFixed(1)} ms median = ${(bytes(text) / MB / (cpuMs / 1000)).toFixed(1)} MB/s (for a machine under load; the target is read from the wall-clock line)`);

const marks = '"«“”»\'‘’';
// Built by repetition: measuring the string while appending to it would itself be quadratic.
const unit = Array.from({ length: 97 }, (_, i) => (i === 0 ? ' قال: ' : marks[i % marks.length])).join('');
const hostile = `عنوان\n\n${unit.repeat(Math.ceil(MB / bytes(unit)))}`;
const hostileMs = time(() => importText(hostile), 3);
console.log(`pathological ${(bytes(hostile) / MB).toFixed(2)} MB of unbalanced quote marks: ${hostileMs.toFixed(1)} ms (target < 1000 ms)`);

const line = '"قال: «\n';
const hostileLines = `عنوان\n\n${line.repeat(Math.ceil(MB / bytes(line)))}`;
const hostileLinesMs = time(() => importText(hostileLines), 3);
console.log(`pathological ${(bytes(hostileLines) / MB).toFixed(2)} MB of one-mark paragraphs: ${hostileLinesMs.toFixed(1)} ms (target < 1000 ms)`);

const json = JSON.stringify(importText(text));
const parseMs = time(() => parseArticle(json), 3);
console.log(`parse + validate ${(bytes(json) / MB).toFixed(2)} MB article JSON: ${parseMs.toFixed(1)} ms`);

const failures = [throughput < 20 && 'import throughput', hostileMs >= 1000 && 'pathological marks', hostileLinesMs >= 1000 && 'pathological lines'].filter(Boolean);
if (failures.length) {
  console.log(`Below target: ${failures.join(', ')}`);
  process.exitCode = 1;
}
