create or replace view client_search_source with (security_invoker = true) as
  select c.company_id, c.id as client_id, 'client'::text as source, c.id as source_id, t.term
    from client c
    cross join lateral (values (app_search_norm(c.display_name)), (app_search_norm(c.first_name || ' ' || c.last_name)),
                               (lower(c.tax_code)), (lower(c.vat_number)), (lower(substr(c.vat_number, 3)))) as t(term)
   where c.erased_at is null and t.term is not null and t.term <> ''
  union all
  select k.company_id, k.client_id, 'contact'::text, k.id, t.term
    from client_contact k
    cross join lateral (values (case when k.kind = 'phone' then ltrim(k.value, '+') else lower(k.value) end), (k.national_number)) as t(term)
   where t.term is not null;

drop index client_list_en_idx;
drop index client_list_it_idx;
drop index client_list_de_idx;
drop index client_list_nl_idx;
drop index client_list_pl_idx;
create index client_list_idx on client (company_id, display_name, id);

drop collation app_sort_en;
drop collation app_sort_it;
drop collation app_sort_de;
drop collation app_sort_nl;
drop collation app_sort_pl;

alter table client drop column name_prefix;
