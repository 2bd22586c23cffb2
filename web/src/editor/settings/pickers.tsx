// Pickers that ask the server, so nobody types an id: event types (with their properties), coupon
// templates (searched by name, with kind and status), audiences, and property paths of the trigger's
// event type. Searchable selects; a value the server does not know is still shown, marked.
import { Badge, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../app/states';
import { type PathSource, type WidgetProps, pathSource } from './context';
import {
  AudiencesQuery,
  EventTypesQuery,
  TemplateByIdQuery,
  TemplateSearchQuery,
  UserAttributeKeysQuery,
} from './pickers.graphql';

interface Option {
  value: string;
  label: string;
  detail?: ReactNode;
}

/** A searchable select over server data; `onSearch` switches it to server-side filtering. */
function PickerSelect({
  props,
  options,
  loading,
  loadError,
  onSearch,
  nothingFound,
  placeholder,
}: {
  props: WidgetProps;
  options: Option[];
  loading: boolean;
  loadError?: string;
  onSearch?: (search: string) => void;
  nothingFound: string;
  placeholder: string;
}) {
  const { id, label, description, required, error, value, onChange, disabled } = props;
  const current = typeof value === 'string' ? value : null;
  const data = useMemo(() => {
    const list = options.map(({ value: v, label: l }) => ({ value: v, label: l }));
    if (current && !options.some((o) => o.value === current))
      list.unshift({ value: current, label: loading ? current : `${current} (not found)` });
    return list;
  }, [options, current, loading]);
  const details = useMemo(() => new Map(options.map((o) => [o.value, o.detail])), [options]);
  return (
    <Select
      id={id}
      label={label}
      description={description}
      required={required}
      withAsterisk={required}
      error={error ?? loadError}
      placeholder={loading ? 'Loading…' : placeholder}
      data={data}
      value={current}
      onChange={(v) => onChange(v ?? undefined)}
      searchable
      clearable={!required}
      allowDeselect={!required}
      nothingFoundMessage={loading ? 'Loading…' : nothingFound}
      disabled={disabled}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={280}
      {...(onSearch && { onSearchChange: onSearch, filter: ({ options: o }) => o })}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
          {details.get(option.value)}
        </div>
      )}
    />
  );
}

export function useEventTypes() {
  const [{ data, fetching, error }] = useQuery({ query: EventTypesQuery, requestPolicy: 'cache-first' });
  return { eventTypes: data?.eventTypes ?? [], fetching, error };
}

export function EventTypePicker(props: WidgetProps) {
  const { eventTypes, fetching, error } = useEventTypes();
  const options = useMemo(
    () =>
      eventTypes.map((t) => ({
        value: t.name,
        label: t.name,
        detail: (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {t.description ?? `${t.properties.length} properties`}
            {t.builtin ? ' · built in' : ''}
          </Text>
        ),
      })),
    [eventTypes],
  );
  return (
    <PickerSelect
      props={props}
      options={options}
      loading={fetching && eventTypes.length === 0}
      loadError={error && errorMessage(error)}
      nothingFound="No event type matches"
      placeholder="Pick an event type"
    />
  );
}

const statusColour: Record<string, string> = {
  ACTIVE: 'green',
  DRAFT: 'gray',
  PAUSED: 'yellow',
  ENDED: 'red',
};
const kindLabel = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

export function TemplatePicker(props: WidgetProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const current = typeof props.value === 'string' && props.value !== '' ? props.value : undefined;
  // Names seen so far: the select shows the chosen template's name as its search text, which is no search.
  const [names] = useState(() => new Map<string, string>());
  const typed = debounced.trim();
  const [{ data, fetching, error }] = useQuery({
    query: TemplateSearchQuery,
    variables: { search: typed && typed !== (current && names.get(current)) ? typed : null, first: 25 },
  });
  const found = data?.templates.nodes;
  const knownInResults = !!current && !!found?.some((t) => t.id === current);
  const [{ data: one, fetching: fetchingOne }] = useQuery({
    query: TemplateByIdQuery,
    variables: { id: current ?? '' },
    pause: !current || knownInResults,
  });
  const options = useMemo(() => {
    const list = [...(found ?? [])];
    if (one?.template && !list.some((t) => t.id === one.template.id)) list.unshift(one.template);
    for (const t of list) names.set(t.id, t.name);
    return list.map((t) => ({
      value: t.id,
      label: t.name,
      detail: (
        <Group gap={4} mt={2}>
          <Badge size="xs" variant="light">
            {kindLabel(t.kind)}
          </Badge>
          <Badge size="xs" variant="light" color={statusColour[t.status] ?? 'gray'}>
            {t.status.toLowerCase()}
          </Badge>
        </Group>
      ),
    }));
  }, [found, one, names]);
  const selected = options.find((o) => o.value === current);
  const status = one?.template?.status ?? found?.find((t) => t.id === current)?.status;
  const description =
    [
      props.description,
      selected && status && status !== 'ACTIVE' ? `This template is ${status.toLowerCase()}.` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <PickerSelect
      props={{ ...props, ...(description !== undefined && { description }) }}
      options={options}
      loading={(fetching && !found) || (fetchingOne && !selected)}
      loadError={error && errorMessage(error)}
      onSearch={setSearch}
      nothingFound="No template has that name"
      placeholder="Search templates by name"
    />
  );
}

export function AudiencePicker(props: WidgetProps) {
  const [{ data, fetching, error }] = useQuery({ query: AudiencesQuery, requestPolicy: 'cache-and-network' });
  const options = useMemo(
    () =>
      (data?.audiences ?? []).map((a) => ({
        value: a.id,
        label: a.name,
        detail: (
          <Text size="xs" c="dimmed">
            {a.kind.toLowerCase()}
            {a.kind === 'STATIC' ? ` · ${a.size} members` : ''}
          </Text>
        ),
      })),
    [data],
  );
  return (
    <PickerSelect
      props={props}
      options={options}
      loading={fetching && !data}
      loadError={error && errorMessage(error)}
      nothingFound="No audience matches"
      placeholder="Pick an audience"
    />
  );
}

/** The declared properties of an event type (name → type), for paths and typed values. */
export function useEventProperties(eventType: string | undefined) {
  const { eventTypes, fetching, error } = useEventTypes();
  const properties = useMemo(
    () => eventTypes.find((t) => t.name === eventType)?.properties ?? [],
    [eventTypes, eventType],
  );
  return { properties, fetching, error };
}

/** The type of a compared path, when the server declares it (event properties). */
export function usePathType(source: PathSource, path: string | undefined): string | undefined {
  const { properties } = useEventProperties(source.kind === 'event' ? source.eventType : undefined);
  if (source.kind !== 'event' || !path) return undefined;
  return properties.find((p) => p.name === path)?.type;
}

/** A dot path: event properties of the relevant event type, or the user attributes seen in profiles. */
export function PathPicker(props: WidgetProps) {
  const source = pathSource(props.ctx);
  const [search, setSearch] = useState('');
  const events = useEventProperties(source.kind === 'event' ? source.eventType : undefined);
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [keys] = useQuery({
    query: UserAttributeKeysQuery,
    variables: { search: debounced && debounced !== props.value ? debounced : null, first: 50 },
    pause: source.kind !== 'user',
  });
  const user = source.kind === 'user';
  const fetching = user ? keys.fetching : events.fetching;
  const error = user ? keys.error : events.error;
  const properties = events.properties;
  const attributeKeys = keys.data?.userAttributeKeys;
  const options = useMemo(() => {
    const list: Option[] = user
      ? (attributeKeys ?? []).map((name) => ({
          value: name,
          label: name,
          detail: (
            <Text size="xs" c="dimmed">
              seen in user profiles
            </Text>
          ),
        }))
      : properties.map((p) => ({
          value: p.name,
          label: p.name,
          detail: (
            <Text size="xs" c="dimmed">
              {p.type.toLowerCase()}
              {p.required ? ' · always present' : ''}
            </Text>
          ),
        }));
    const typed = search.trim();
    // The select shows the chosen path as its search text: that is no search.
    const filtering = typed !== '' && typed !== props.value;
    const shown = filtering ? list.filter((o) => o.value.toLowerCase().includes(typed.toLowerCase())) : list;
    if (filtering && /^[^.\s]+(\.[^.\s]+)*$/.test(typed) && !list.some((o) => o.value === typed))
      shown.push({
        value: typed,
        label: typed,
        detail: (
          <Text size="xs" c="dimmed">
            {user ? 'not seen in any profile yet' : 'a path the event type does not declare'}
          </Text>
        ),
      });
    return shown;
  }, [user, attributeKeys, properties, search, props.value]);
  const hint = user
    ? 'Attributes seen in user profiles'
    : source.eventType
      ? `Properties of ${source.eventType}`
      : 'Pick the event type first to list its properties';
  return (
    <PickerSelect
      props={{ ...props, description: [props.description, hint].filter(Boolean).join(' · ') }}
      options={options}
      loading={fetching && options.length === 0 && (user || !!source.eventType)}
      loadError={error && errorMessage(error)}
      onSearch={setSearch}
      nothingFound="Nothing matches; type a dot path to use it"
      placeholder={user ? 'Search attributes' : 'Pick a property'}
    />
  );
}
