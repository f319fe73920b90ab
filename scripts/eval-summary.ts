/**
 * Scores the rule-based analyser against the annotated corpus.
 *   npm run eval:summary            tables and misses
 *   npm run eval:summary -- --json  machine-readable figures
 *   npm run eval:summary -- --dir tests/fixtures/corpus-holdout2 [--only 08,09,10]
 *                                   one folder (optionally some articles by NN prefix)
 * By default: dev (tests/fixtures/corpus), extra (tests/fixtures/corpus-extra),
 * holdout2 (tests/fixtures/corpus-holdout2; articles 08-10 were held back from tuning),
 * holdout3 (tests/fixtures/corpus-holdout3; articles 02, 05, 08 were held back from tuning) and
 * holdout4 (tests/fixtures/corpus-holdout4; written after the round-3 rules, scored once before any change),
 * and real-dev (../shared/corpus/real-dev, real published articles read at run time from outside the
 * repository, never copied into it; skipped with a message when that folder is absent).
 * Known gold conflicts (a gold entry that contradicts the corpus README) are printed apart and
 * still counted as written in the gold.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Counts,
  type SetScore,
  f1,
  scoreDir,
  DEV_DIR,
  EXTRA_DIR,
  HOLDOUT2_DIR,
  HOLDOUT3_DIR,
  HOLDOUT4_DIR,
  REAL_DEV_DIR,
  KNOWN_GOLD_CONFLICTS,
} from '../tools/summary-score.ts';

function row(name: string, a: SetScore): string {
  const cell = (c: Counts) => {
    const { p, r, f } = f1(c);
    return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`;
  };
  const fr = a.docFields.matched ? a.docFields.right / a.docFields.matched : 1;
  return [
    `${name} (${a.articles} articles)`,
    `  officials   ${cell(a.officials)}  (tp ${a.officials.tp} fp ${a.officials.fp} fn ${a.officials.fn})`,
    `  positions   ${cell(a.positions)}  (tp ${a.positions.tp} fp ${a.positions.fp} fn ${a.positions.fn})`,
    `  documents   ${cell(a.documents)}  (tp ${a.documents.tp} fp ${a.documents.fp} fn ${a.documents.fn}); type/date/issuer right ${a.docFields.right}/${a.docFields.matched} = ${fr.toFixed(3)}`,
    `  directives  ${cell(a.directives)}  (tp ${a.directives.tp} fp ${a.directives.fp} fn ${a.directives.fn})`,
  ].join('\n');
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && i + 1 < argv.length ? argv[i + 1] : null;
  };
  const dirArg = opt('--dir');
  const onlyArg = opt('--only');
  const only = onlyArg ? onlyArg.split(',').map((x) => x.trim().padStart(2, '0')) : null;
  const sets: [string, SetScore][] = dirArg
    ? [[dirArg.replace(/\/+$/, '').split('/').pop() ?? dirArg, scoreDir(join(process.cwd(), dirArg), only)]]
    : [
        ['dev', scoreDir(DEV_DIR)],
        ['extra', scoreDir(EXTRA_DIR)],
        ['holdout2', scoreDir(HOLDOUT2_DIR)],
        ['holdout3', scoreDir(HOLDOUT3_DIR)],
        ['holdout4', scoreDir(HOLDOUT4_DIR)],
        ...(existsSync(REAL_DEV_DIR) ? [['real-dev', scoreDir(REAL_DEV_DIR)] as [string, SetScore]] : []),
      ];
  if (!dirArg && !existsSync(REAL_DEV_DIR))
    console.error(
      `real-dev skipped: ${REAL_DEV_DIR} not found (real articles are kept outside the repository)`,
    );
  if (argv.includes('--json')) {
    const pack = (a: SetScore) => ({
      articles: a.articles,
      officials: f1(a.officials),
      positions: f1(a.positions),
      documents: f1(a.documents),
      documentFieldsRight: a.docFields.matched ? a.docFields.right / a.docFields.matched : 1,
      directives: f1(a.directives),
      misses: a.misses,
    });
    console.log(JSON.stringify(Object.fromEntries(sets.map(([n, a]) => [n, pack(a)])), null, 1));
  } else {
    for (const [n, a] of sets) if (a.misses.length) console.log(`${n} misses:\n  ` + a.misses.join('\n  '));
    const conflicts = sets.flatMap(([n, a]) =>
      KNOWN_GOLD_CONFLICTS.filter((c) => c.set === n && a.misses.some((m) => m.startsWith(c.miss))).map(
        (c) => `${n} ${c.miss} — ${c.rule}`,
      ),
    );
    if (conflicts.length)
      console.log('\nKnown gold conflicts (counted above as misses):\n  ' + conflicts.join('\n  '));
    console.log('\nTotals');
    for (const [n, a] of sets) console.log(row(n, a));
  }
}
