/** The platform languages a product's texts are written in. */
export const LANGS = ['en', 'it', 'de', 'nl', 'pl'] as const;
export type Lang = (typeof LANGS)[number];
