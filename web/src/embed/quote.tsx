import { createRoot } from 'react-dom/client';
import { QuoteForm } from './quote-form';
import { EMBED_CSS } from './styles';
import { pickLanguage } from './texts';

/**
 * The embeddable quote form (PR-3), the script a website includes:
 *
 *   <div data-agency-quote></div>
 *   <script src="https://platform.example/embed/quote.js" data-key="…" async></script>
 *
 * Optional: data-product="MOTOR-EASY" (one product only), data-lang="it" (else ?lang= of the page,
 * else the browser's language). The form lives in a shadow root of the container (or of a container
 * made after the script); it talks only to the platform that served this script, whose public
 * endpoint accepts the website's configured origins only.
 */
function start(): void {
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[data-key][src*="/embed/quote.js"]');
  const key = script?.dataset.key;
  if (!script || !key) return;
  const base = new URL(script.src, document.baseURI).origin;
  let host = document.querySelector<HTMLElement>('[data-agency-quote]:not([data-agency-quote-ready])');
  if (!host) {
    host = document.createElement('div');
    script.after(host);
  }
  host.setAttribute('data-agency-quote-ready', '');
  const lang = pickLanguage(script.dataset.lang, new URLSearchParams(location.search).get('lang'), navigator.language);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = EMBED_CSS;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  createRoot(mount).render(<QuoteForm base={base} publicKey={key} lang={lang} productCode={script.dataset.product ?? null} />);
}

start();
