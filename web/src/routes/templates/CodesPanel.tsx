// Codes of a template: how many are claimed and unused, and minting a batch of unbound codes with a
// prefix, length and character set, downloaded as CSV (papaparse `unparse`).
import { Button, Code, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import Papa from 'papaparse';
import { type FormEvent, useState } from 'react';
import { useClient } from 'urql';
import { count } from '../../lib/format';
import { type FieldErrors, serverErrors } from './draft';
import { MintCodesMutation } from './templates.graphql';

export const DEFAULT_CHARSET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The CSV of a minted batch: one code per row under a "code" header. */
export const codesCsv = (codes: readonly string[]): string =>
  Papa.unparse({ fields: ['code'], data: codes.map((c) => [c]) });

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function CodesPanel({
  templateId,
  templateName,
  counts,
  writer,
  ended,
  onMinted,
}: {
  templateId: string;
  templateName: string;
  counts: { claimed: number; unused: number };
  writer: boolean;
  ended: boolean;
  /** Called after a batch is minted (the page refreshes the counts). */
  onMinted?(): void;
}) {
  const client = useClient();
  const [howMany, setHowMany] = useState<number | ''>(100);
  const [prefix, setPrefix] = useState('');
  const [length, setLength] = useState<number | ''>(10);
  const [charset, setCharset] = useState(DEFAULT_CHARSET);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [batch, setBatch] = useState<{ codes: string[]; count: number } | null>(null);

  async function mint(e: FormEvent) {
    e.preventDefault();
    const found: FieldErrors = {};
    if (howMany === '' || howMany < 1 || howMany > 100_000) found.count = 'Between 1 and 100 000 codes';
    if (length === '' || length < 4 || length > 64) found.length = 'Between 4 and 64 characters';
    if (new Set(charset).size < 10) found.charset = 'At least 10 distinct characters';
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const r = await client.mutation(MintCodesMutation, {
        input: { templateId, count: Number(howMany), prefix, length: Number(length), charset },
      });
      if (r.error || !r.data) {
        if (r.error) {
          const { fields, form } = serverErrors(r.error);
          setErrors(fields);
          if (form.length)
            notifications.show({ color: 'red', title: 'No codes minted', message: form.join('; ') });
        }
        return;
      }
      setBatch({ codes: r.data.mintCodes.codes, count: r.data.mintCodes.count });
      onMinted?.();
      notifications.show({
        color: 'green',
        title: 'Codes minted',
        message: `${count.format(r.data.mintCodes.count)} new codes.`,
      });
    } finally {
      setBusy(false);
    }
  }

  const fileName = `${templateName.replace(/[^\w-]+/g, '-').toLowerCase() || 'codes'}-codes.csv`;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Codes
        </Title>
        <Text size="sm">
          {count.format(counts.unused)} unused · {count.format(counts.claimed)} claimed
        </Text>
        {writer && !ended ? (
          <form onSubmit={(e) => void mint(e)} aria-label="Mint codes" noValidate>
            <Stack gap="xs">
              <Group grow align="flex-start">
                <NumberInput
                  label="How many"
                  description="At most 100 000"
                  allowDecimal={false}
                  clampBehavior="none"
                  value={howMany}
                  error={errors.count}
                  onChange={(v) => setHowMany(v === '' ? '' : Number(v))}
                />
                <TextInput
                  label="Prefix"
                  description="Printed first"
                  placeholder="e.g. SALE-"
                  value={prefix}
                  error={errors.prefix}
                  onChange={(e) => setPrefix(e.currentTarget.value)}
                />
                <NumberInput
                  label="Length"
                  description="Random characters"
                  allowDecimal={false}
                  clampBehavior="none"
                  value={length}
                  error={errors.length}
                  onChange={(v) => setLength(v === '' ? '' : Number(v))}
                />
              </Group>
              <TextInput
                label="Characters to draw from"
                description="Without look-alikes (I, L, O, U) by default"
                value={charset}
                error={errors.charset}
                onChange={(e) => setCharset(e.currentTarget.value)}
              />
              <Group>
                <Button type="submit" loading={busy}>
                  Mint codes
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
        {batch ? (
          <Stack gap={4} data-testid="minted-batch">
            <Text size="sm">
              {count.format(batch.count)} codes minted, e.g. <Code>{batch.codes.slice(0, 3).join(', ')}</Code>
            </Text>
            <Group>
              <Button variant="light" onClick={() => download(fileName, codesCsv(batch.codes))}>
                Download CSV
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
