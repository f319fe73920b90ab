/** Print settings: paper size, font (document tradition or the reader's), the summary box. */
import type { Paper, PrintFont } from '../../core/settings.ts';
import { useT } from '../i18n.ts';
import { Checkbox, RadioGroup, Section } from './controls.tsx';
import type { SectionProps } from './ReaderSection.tsx';

const PAPERS: readonly Paper[] = ['A4', 'Letter'];
const PRINT_FONTS: readonly PrintFont[] = ['document', 'reader'];

export function PrintSection({ settings, onChange }: SectionProps) {
  const t = useT();
  return (
    <Section id="hpo-print" title={t('optionsPrintHeading')}>
      <RadioGroup
        name="paper"
        legend={t('optionsPaper')}
        values={PAPERS}
        value={settings.paper}
        label={(v) => t(`optionsPaper_${v}`)}
        onChange={(paper) => onChange({ ...settings, paper })}
      />
      <RadioGroup
        name="printFont"
        legend={t('optionsPrintFont')}
        values={PRINT_FONTS}
        value={settings.printFont}
        label={(v) => t(`optionsPrintFont_${v}`)}
        onChange={(printFont) => onChange({ ...settings, printFont })}
        stacked
      />
      <Checkbox
        checked={settings.printSummary}
        onChange={(printSummary) => onChange({ ...settings, printSummary })}
      >
        {t('optionsPrintSummary')}
      </Checkbox>
    </Section>
  );
}
