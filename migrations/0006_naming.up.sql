-- Naming conventions (issue #8 §3): a surname prefix apart from the surname, and lists sorted with
-- the ICU collation of the company's language (server/src/modules/clients/client-sort.ts).

-- Dutch tussenvoegsel ("de", "van der"), German "von": the card shows "Jan de Vries"; display_name
-- (the list and sort name) puts the prefix after the first name: "Vries Jan de".
alter table client add column name_prefix text;

-- Collations for sorting names, one per language of the platform. ICU: case and accents never
-- decide before the letters ("de Boer" before "Visser"), Polish letters in Polish order (ł after l).
-- Own names (not the built-in "nl-NL-x-icu"), so they exist on any PostgreSQL built with ICU.
create collation app_sort_en (provider = icu, locale = 'en');
create collation app_sort_it (provider = icu, locale = 'it-IT');
create collation app_sort_de (provider = icu, locale = 'de-DE');
create collation app_sort_nl (provider = icu, locale = 'nl-NL');
create collation app_sort_pl (provider = icu, locale = 'pl-PL');

-- The list page orders by display_name in the company's collation: one index per collation (a
-- company uses one of them), replacing the byte-order index.
drop index client_list_idx;
create index client_list_en_idx on client (company_id, display_name collate app_sort_en, id);
create index client_list_it_idx on client (company_id, display_name collate app_sort_it, id);
create index client_list_de_idx on client (company_id, display_name collate app_sort_de, id);
create index client_list_nl_idx on client (company_id, display_name collate app_sort_nl, id);
create index client_list_pl_idx on client (company_id, display_name collate app_sort_pl, id);

-- Search terms of a person (0007 keeps these when it redefines the view): the natural order with the prefix ("jan de vries") and the prefix with the
-- surname first ("de vries jan"), besides the display name ("vries jan de").
create or replace view client_search_source with (security_invoker = true) as
  select c.company_id, c.id as client_id, 'client'::text as source, c.id as source_id, t.term
    from client c
    cross join lateral (values (app_search_norm(c.display_name)), (app_search_norm(c.first_name || ' ' || c.last_name)),
                               (lower(c.tax_code)), (lower(c.vat_number)), (lower(substr(c.vat_number, 3))),
                               (app_search_norm(c.first_name || ' ' || c.name_prefix || ' ' || c.last_name)),
                               (app_search_norm(c.name_prefix || ' ' || c.last_name || ' ' || c.first_name))) as t(term)
   where c.erased_at is null and t.term is not null and t.term <> ''
  union all
  select k.company_id, k.client_id, 'contact'::text, k.id, t.term
    from client_contact k
    cross join lateral (values (case when k.kind = 'phone' then ltrim(k.value, '+') else lower(k.value) end), (k.national_number)) as t(term)
   where t.term is not null;
