export interface ToggleOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface ToggleGroupProps<T extends string> {
  readonly label: string;
  readonly options: readonly ToggleOption<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly testId?: string;
}

/** A row of pressed/unpressed buttons for a page-local view choice (not a filter: those live in the URL). */
export function ToggleGroup<T extends string>({ label, options, value, onChange, testId }: ToggleGroupProps<T>) {
  return (
    <div role="group" aria-label={label} className="complaints-toggle" data-testid={testId}>
      <span className="complaints-toggle-label" aria-hidden="true">
        {label}
      </span>
      {options.map((o) => (
        <button key={o.value} type="button" className="button secondary small" aria-pressed={o.value === value} onClick={() => onChange(o.value)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
