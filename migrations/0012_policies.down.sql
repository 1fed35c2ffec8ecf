drop trigger if exists policy_search_delete on policy;
drop trigger if exists policy_search_update on policy;
drop trigger if exists policy_search_insert on policy;
drop function if exists policy_search_on_policy();
delete from app_search.client_term where source = 'policy';
drop table if exists policy_installment;
drop table if exists policy;
drop table if exists line_of_business;
drop table if exists insurer;
