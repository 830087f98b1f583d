import type { ReactNode } from 'react';

/** The ids of a control's hint and error, for aria-describedby (only those shown). */
function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * A labelled one-line text input whose value the form holds; its error is tied to it (aria-describedby) and marks
 * it invalid, so a screen reader reads it with the field.
 */
export function TextInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  maxLength?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** A labelled multi-line text, held by the form, with hint and error as TextInput. */
export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  rows?: number;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        value={props.value}
        rows={props.rows ?? 5}
        onChange={(e) => props.onChange(e.target.value)}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      />
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}

/** A labelled native select (keyboard and screen readers know it) with an optional empty choice. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  choices: Record<string, string>;
  onChange: (value: string) => void;
  empty?: string;
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {Object.entries(props.choices).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
    </div>
  );
}

/**
 * A group of checkboxes (several choices) or radio buttons (one) under a legend; the group carries the error, so it
 * is read when entering the group.
 */
export function ChoiceGroup(props: {
  id: string;
  legend: string;
  type: 'checkbox' | 'radio';
  choices: Record<string, string>;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
  hint?: ReactNode;
}) {
  return (
    <fieldset id={props.id} className="choice-group" tabIndex={-1} aria-describedby={describedBy(props.id, props.hint, props.error)}>
      <legend>{props.legend}</legend>
      <HintAndError id={props.id} hint={props.hint} error={props.error} />
      <div className="choice-group__choices">
        {Object.entries(props.choices).map(([value, text]) => (
          <label key={value} className="choice">
            <input
              type={props.type}
              name={props.id}
              value={value}
              checked={props.selected.includes(value)}
              onChange={(e) => {
                if (props.type === 'radio') props.onChange([value]);
                else props.onChange(e.target.checked ? [...props.selected, value] : props.selected.filter((v) => v !== value));
              }}
            />
            {text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
