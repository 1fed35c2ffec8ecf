import { Route, Routes } from 'react-router';
import { AppLayout } from '../layout/app-layout';
import { EXTRA_SECTIONS, MODULE_DEFINITIONS } from '../modules/registry';
import { Guarded, NotFoundPage, PublicOnly, RequireSignedIn } from './guards';
import { HomePage } from '../pages/home-page';
import { SignInPage } from '../modules/base/auth/sign-in-page';
import { ForgotPasswordPage } from '../modules/base/auth/forgot-password-page';
import { ResetPasswordPage } from '../modules/base/auth/reset-password-page';
import { MfaSetupPage } from '../modules/base/auth/mfa-setup-page';

const joinPath = (root: string, path: string) => (path ? `${root}/${path}` : root);

/** Every route of the app: the sign-in flow, then the modules' pages from the registry. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicOnly />}>
        <Route path="/sign-in" element={<SignInPage />} />
      </Route>
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route element={<RequireSignedIn />}>
        <Route path="/setup-2fa" element={<MfaSetupPage />} />
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          {MODULE_DEFINITIONS.flatMap((m) =>
            m.routes.map((r) => {
              const path = joinPath(`/${m.name}`, r.path);
              return <Route key={path} path={path} element={<Guarded access={r.access} page={r.page} />} />;
            }),
          )}
          {EXTRA_SECTIONS.flatMap((s) =>
            s.routes.map((r) => {
              const path = joinPath(s.root, r.path);
              return <Route key={path} path={path} element={<Guarded access={r.access} page={r.page} />} />;
            }),
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
