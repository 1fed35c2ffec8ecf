drop trigger if exists vehicle_search_delete on vehicle;
drop trigger if exists vehicle_search_update on vehicle;
drop trigger if exists vehicle_search_insert on vehicle;
drop function if exists vehicle_search_on_vehicle();
delete from app_search.client_term where source = 'vehicle';
drop table if exists vehicle_policy;
drop table if exists vehicle;
