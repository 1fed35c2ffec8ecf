/**
 * The window a record's date may take, on every card and record (client cards, policies, claims,
 * vehicles, products): a typo such as 0202-05-01 or 9999-12-31 is refused on its field instead of being
 * stored or breaking a schedule's date arithmetic. The web forms (the card's schema, `clients.ts`) and
 * the server's checks (`server/src/core/dates.ts`) read these two values.
 */
export const RECORD_FIRST_DAY = '1900-01-01';
export const RECORD_LAST_DAY = '2199-12-31';
