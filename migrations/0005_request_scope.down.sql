drop function if exists app_open_request(text, interval);
drop function if exists app_enter_company(uuid, uuid, boolean, uuid);
