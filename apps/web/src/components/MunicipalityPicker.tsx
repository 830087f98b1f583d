import { useState } from 'react';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const SEARCH = graphql(`
  query PickerMunicipalities($name: String) {
    municipalities(first: 20, nameContains: $name) {
      nodes {
        id
        name
        parent {
          name
        }
      }
    }
  }
`);

const SELECTED = graphql(`
  query PickerSelectedMunicipality($id: ID!) {
    municipality(id: $id) {
      id
      name
    }
  }
`);

/** Chooses a municipality by typing part of its name; a Landkreis also stands for its Gemeinden. */
export default function MunicipalityPicker({
  selectedId,
  onSelect,
  label = 'Kommune oder Landkreis',
  hint,
  error,
}: {
  selectedId?: string;
  onSelect: (id: string | null) => void;
  label?: string;
  hint?: string;
  /** Shown under the field, which is then marked invalid. */
  error?: string;
}) {
  const [text, setText] = useState<string | null>(null);
  const [selected] = useQuery({ query: SELECTED, variables: { id: selectedId ?? '' }, pause: !selectedId });
  const shown = text ?? selected.data?.municipality?.name ?? '';
  const [found] = useQuery({ query: SEARCH, variables: { name: shown.trim() || null }, pause: shown.trim().length < 2 });
  const items = found.data?.municipalities.nodes ?? [];
  return (
    <ComboBox
      className="combobox"
      inputValue={shown}
      onInputChange={(value) => {
        setText(value);
        if (!value) onSelect(null);
      }}
      selectedKey={selectedId ?? null}
      onSelectionChange={(key) => {
        // Nothing chosen before and nothing now: keep what is being typed.
        if (key === null && !selectedId) return;
        // Keep the chosen name in the box (not empty while its name loads, which would open the list again).
        setText(items.find((m) => m.id === key)?.name ?? null);
        onSelect(key ? String(key) : null);
      }}
      items={items}
      menuTrigger="input"
      allowsEmptyCollection
      isInvalid={!!error}
    >
      <Label>{label}</Label>
      <div className="combobox__control">
        <Input placeholder="Name eingeben, z. B. Ahrweiler" />
        <Button aria-label="Vorschläge zeigen">▾</Button>
      </div>
      {hint ? (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      ) : null}
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="combobox__popover">
        <ListBox className="combobox__list" renderEmptyState={() => <p className="combobox__empty">Keine passende Kommune.</p>}>
          {(m: (typeof items)[number]) => (
            <ListBoxItem id={m.id} textValue={m.name} className="combobox__option">
              {m.name}
              {m.parent ? <span className="combobox__hint"> ({m.parent.name})</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
