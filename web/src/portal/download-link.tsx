import { Anchor } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { viewAsToken } from './client';

/**
 * A download from the portal's audited routes (/portal/files/…). A client's browser sends its session
 * cookie with a plain link; staff's read-only "view as" tab holds its session as a bearer token
 * (sessionStorage, never a cookie), so there the file is fetched with that token and saved from memory —
 * the download works and is audited as staff viewing as the user.
 */
export function DownloadLink({ href, testId, children }: { href: string; testId?: string; children: ReactNode }) {
  const onClick = async (e: MouseEvent<HTMLAnchorElement>) => {
    const token = viewAsToken();
    if (!token) return;
    e.preventDefault();
    const res = await fetch(href, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) return;
    const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name ? decodeURIComponent(name) : '';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <Anchor href={href} size="sm" download onClick={(e) => void onClick(e)} data-testid={testId}>
      {children}
    </Anchor>
  );
}
