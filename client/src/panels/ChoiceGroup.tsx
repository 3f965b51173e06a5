interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** the legend is read by screen readers only (the choices say enough on screen) */
  legendHidden?: boolean;
  /** the radio buttons' shared name, unique on the page */
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A small set of radio buttons in a fieldset: « Cette salle » / « Toutes les salles », « Par auteur » / « Mélangées »… */
export function ChoiceGroup<T extends string>({ legend, legendHidden = false, name, options, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="timer-scope">
      <legend className={legendHidden ? 'visually-hidden' : 'private-legend'}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="timer-scope-option">
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
