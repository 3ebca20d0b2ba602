import { useId } from 'react';

interface SegmentedSwitchProps<T extends string> {
  readonly legend: string;
  readonly options: ReadonlyArray<{ readonly value: T; readonly label: string }>;
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly testId?: string;
}

/** A page-local view choice as a radio group (keyboard and screen-reader friendly), drawn as joined buttons. */
export function SegmentedSwitch<T extends string>({ legend, options, value, onChange, testId }: SegmentedSwitchProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="segmented__options">
        {options.map((o) => (
          <label key={o.value} className={o.value === value ? 'segmented__option is-checked' : 'segmented__option'}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
