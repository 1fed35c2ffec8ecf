import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Center, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLayoutDashboard, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** The boundary starts over when this changes (the page's address: another page, another chance). */
  resetKey?: string;
  /** Where "Back to the dashboard" leads; a plain link, so it works even when the router itself failed. */
  home?: ReactNode;
  /** Whole-page variant (the app's outermost boundary), centred on an otherwise empty page. */
  fullPage?: boolean;
}

interface State {
  error: Error | null;
  resetKey?: string;
}

/**
 * A component that fails while rendering shows this panel — what happened, a way back to the
 * dashboard and a reload — instead of React unmounting the whole app to a white page. The app has
 * one around everything (app.tsx) and one around the page in the signed-in frame (app-layout), so
 * that the header and navigation stay usable when one page or dialog fails.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // navigating elsewhere clears the failure: the new page gets its own chance
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: null };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // for the developer's console; the person sees the panel
    console.error('A component failed:', error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    const panel = <ErrorPanel message={this.state.error.message} home={this.props.home} />;
    return this.props.fullPage ? (
      <Center mih="100vh" p="md">
        {panel}
      </Center>
    ) : (
      panel
    );
  }
}

function ErrorPanel({ message, home }: { message: string; home?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('ux.error.title')} role="alert" data-testid="error-panel" maw={640} w="100%">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('ux.error.body')}</Text>
        <Text size="xs" c="dimmed" className="mono" data-testid="error-detail">
          {message}
        </Text>
        <Group gap="sm">
          {home ?? (
            <Button component="a" href="/" leftSection={<IconLayoutDashboard size={16} />} data-testid="error-home">
              {t('ux.error.home')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => window.location.reload()} data-testid="error-reload">
            {t('ux.error.reload')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
