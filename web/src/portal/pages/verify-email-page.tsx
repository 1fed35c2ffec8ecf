import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useErrorText } from '../../graphql/error-text';
import { graphql } from '../gql';

const Verify = graphql(`
  mutation PortalVerifyEmail($token: String!) {
    portalVerifyEmail(token: $token) {
      status
    }
  }
`);

/** The link from the verification e-mail: confirms the address (once) and signs in. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [state, verify] = useMutation(Verify);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void verify({ token: params.get('token') ?? '' }).then((r) => {
      if (!r.error) window.location.assign('/portal/home');
    });
  }, [verify, params]);
  return (
    <Stack>
      {state.fetching && <Loader aria-label={t('portal.verify.working')} />}
      {state.error && (
        <Alert color="red" title={t('portal.verify.failed')}>
          {errorText(state.error)}
        </Alert>
      )}
      <Anchor component={Link} to="/sign-in">
        {t('portal.signIn.title')}
      </Anchor>
    </Stack>
  );
}
