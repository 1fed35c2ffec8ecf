drop function if exists app_locate_client(uuid);
