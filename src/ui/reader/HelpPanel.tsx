/** The `?` help: every keyboard shortcut of the reader. */
import { useT } from '../i18n.ts';

export const READER_KEYS: readonly [string, string][] = [
  ['+ / −', 'keySize'],
  ['t', 'keyTheme'],
  ['s', 'keySummary'],
  ['p', 'keyPrint'],
  ['q', 'keyShare'],
  ['r', 'keyReadAloud'],
  ['?', 'keyHelp'],
  ['Esc', 'keyClose'],
];

export function HelpPanel() {
  const t = useT();
  return (
    <div class="hpr-popover" role="group" aria-labelledby="hpr-help-title" id="hpr-help">
      <h2 id="hpr-help-title">{t('helpTitle')}</h2>
      <dl class="hpr-keys">
        {READER_KEYS.map(([keys, label]) => (
          <>
            <dt key={`k-${label}`}>
              <kbd>{keys}</kbd>
            </dt>
            <dd key={`d-${label}`}>{t(label)}</dd>
          </>
        ))}
      </dl>
    </div>
  );
}
