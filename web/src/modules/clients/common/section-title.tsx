import { Text, Title } from '@mantine/core';

/** The title of a part of a client form, with its hint below. */
export function SectionTitle({ title, hint }: { title: string; hint?: string }) {
  return (
    <div>
      <Title order={2} size="h4">
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}
