import { useId } from 'react';

/**
 * A labelled input (a multi-line text with `rows`) with its error in place: the error is tied to the input (aria-describedby) and marks it invalid,
 * so a screen reader reads it with the field.
 */
export function Field(props: {
  label: string;
  name: string;
  type?: string;
  autoComplete?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  defaultValue?: string;
  /** A multi-line text of this many rows instead of a one-line input. */
  rows?: number;
}) {
  const id = useId();
  const describedBy = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p id={`${id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.rows ? (
        <textarea
          id={id}
          name={props.name}
          rows={props.rows}
          required={props.required}
          minLength={props.minLength}
          maxLength={props.maxLength}
          defaultValue={props.defaultValue}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
        />
      ) : (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          required={props.required}
          minLength={props.minLength}
          maxLength={props.maxLength}
          defaultValue={props.defaultValue}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
      {props.error ? (
        <p id={`${id}-error`} className="field__error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** A form's own problem (not one field's): announced when it appears. */
export function FormProblem({ message }: { message: string | null }) {
  return message ? (
    <p className="form-problem" role="alert">
      {message}
    </p>
  ) : null;
}
