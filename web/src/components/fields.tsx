import type { InputHTMLAttributes, ReactElement, ReactNode } from 'react';

/** What a field says under its control: a problem with the value, or else a hint. */
interface Notes {
  /** Shown as `<p id="{id}-error">`, and the control marked invalid. */
  error?: string | null;
  /** Shown as `<span id="{id}-hint">` while there is no error. */
  hint?: ReactNode;
}

/** The aria attributes of a control whose field shows an error or a hint. */
export function noteAria(id: string, { error, hint }: Notes): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  if (error) return { 'aria-invalid': true, 'aria-describedby': `${id}-error` };
  return hint ? { 'aria-describedby': `${id}-hint` } : {};
}

/** A labelled control: its label, the control, then its error or hint. */
export function Field({
  id,
  label,
  className,
  error,
  hint,
  children,
}: Notes & { id: string; label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

type InputProps = Notes &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
    id: string;
    label: ReactNode;
    value: string;
    onChange(value: string): void;
    className?: string;
  };

/** A labelled text input (or date, number, search…: any `type`) that reports its text. */
export function InputField({ id, label, value, onChange, className, error, hint, ...input }: InputProps) {
  return (
    <Field id={id} label={label} className={className} error={error} hint={hint}>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...noteAria(id, { error, hint })} {...input} />
    </Field>
  );
}

/** A checkbox with its label after it, on one line. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <div className="field inline">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

type Choice = string | number;

interface SelectBase<T extends Choice> {
  id: string;
  label: ReactNode;
  options: readonly T[];
  /** An option's text; the option itself by default. */
  optionLabel?(option: T): string;
  className?: string;
  disabled?: boolean;
}

type AllProps<T extends Choice> = SelectBase<T> & { all: string; value: NoInfer<T> | ''; onChange(value: NoInfer<T> | ''): void };
type OneProps<T extends Choice> = SelectBase<T> & { all?: undefined; value: NoInfer<T>; onChange(value: NoInfer<T>): void };

/**
 * A labelled drop-down of choices that reports the choice itself (a number stays a number). With
 * `all`, a first, empty choice of that text, reported as ''.
 */
export function SelectField<T extends Choice>(props: AllProps<T>): ReactElement;
export function SelectField<T extends Choice>(props: OneProps<T>): ReactElement;
export function SelectField<T extends Choice>(props: AllProps<T> | OneProps<T>): ReactElement {
  const { id, label, options, optionLabel = String, className, disabled } = props;
  const choose = (raw: string) => {
    const chosen = options.find((o) => String(o) === raw);
    if (props.all !== undefined) props.onChange(chosen ?? '');
    else if (chosen !== undefined) props.onChange(chosen);
  };
  return (
    <Field id={id} label={label} className={className}>
      <select id={id} value={props.value} disabled={disabled} onChange={(e) => choose(e.target.value)}>
        {props.all !== undefined ? <option value="">{props.all}</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </Field>
  );
}
