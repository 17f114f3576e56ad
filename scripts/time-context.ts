// Quick timing of analyze() on the three sizes the benchmark targets (issue 2 §6), with
// text that exercises the context rules (patient cues, names, dates, ages). Usage:
//   npx tsx scripts/time-context.ts
import { analyze } from '../src/engine/index.ts';

const TWEET = 'Saw Mrs. Tremblay last night in room 412, 94 y/o, her husband John was with her. DOB 1931-03-03, from Smiths Falls. Great team in our ER! #nursing';
const PARA = [
  'Reminder: the flu clinic is open Saturday at 45 rue Saint-Denis, bring your health card.',
  'Une patiente de 92 ans est arrivée hier soir à l\'urgence avec son fils Marc.',
  'Patients over 65 with diabetes should get their feet checked every year.',
  'The 34-year-old teacher from Kingston we saw last night in our ER is stable now.',
  'Parkinson\'s and Crohn\'s disease are both named after physicians, started on Ozempic 0.5 mg.',
  'Join us at the conference on March 3rd, 2025 in Toronto. Dr. Anthony Fauci will speak.',
];
const build = (n: number) => {
  let s = '';
  for (let i = 0; s.length < n; i++) s += PARA[i % PARA.length] + (i % 3 === 2 ? '\n' : ' ');
  return s.slice(0, n);
};

function time(label: string, text: string, runs: number) {
  for (let i = 0; i < 5; i++) analyze(text);
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    analyze(text);
    t.push(performance.now() - a);
  }
  t.sort((x, y) => x - y);
  const q = (p: number) => t[Math.min(t.length - 1, Math.floor(p * t.length))]!.toFixed(3);
  console.log(JSON.stringify({ label, chars: text.length, median_ms: Number(q(0.5)), p95_ms: Number(q(0.95)) }));
}

time('tweet-280', TWEET.padEnd(280, ' ').slice(0, 280), 400);
time('plain-tweet', 'Beautiful morning for a run along the canal before my shift. Coffee first! #nurselife', 400);
time('post-5000', build(5000), 60);
time('post-63206', build(63206), 12);
