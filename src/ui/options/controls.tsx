/** Small labelled form controls shared by the options sections. */
import type { ComponentChildren } from 'preact';

export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  values: readonly T[];
  value: T;
  label: (value: T) => string;
  onChange: (value: T) => void;
  /** Lay the choices out one per line (long labels). */
  stacked?: boolean;
}) {
  const { name, legend, values, value, label, onChange, stacked } = props;
  return (
    <fieldset class="hpo-group">
      <legend>{legend}</legend>
      <div class={stacked ? 'hpo-stack' : 'hpo-seg'}>
        {values.map((v) => (
          <label key={v} class="hpo-choice">
            <input
              type="radio"
              name={`hpo-${name}`}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
            />
            <span>{label(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Checkbox(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="hpo-check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>{props.children}</span>
    </label>
  );
}

/** A titled section of the page: `<section>` named by its `<h2>`. */
export function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="hpo-section" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}
