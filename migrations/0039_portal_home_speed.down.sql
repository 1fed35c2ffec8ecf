drop function if exists app_portal_home(uuid, uuid);
