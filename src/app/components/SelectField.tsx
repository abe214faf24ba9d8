// A labelled drop-down: the label wraps the select, so clicking the text focuses it and screen
// readers announce it, the same way in every toolbar.
import type { CSSProperties } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  group: string;
  options: readonly SelectOption[];
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  id,
  disabled,
  style,
}: {
  label: string;
  value: string;
  options: readonly (SelectOption | SelectOptionGroup)[];
  onChange: (value: string) => void;
  id?: string;
  disabled?: boolean;
  style?: CSSProperties;
}) {
  return (
    <label className="field">
      {label}
      <select
        id={id}
        value={value}
        disabled={disabled}
        style={style}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) =>
          'group' in o ? (
            <optgroup key={o.group} label={o.group}>
              {o.options.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </select>
    </label>
  );
}
