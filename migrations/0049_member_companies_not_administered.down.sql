drop function if exists app_member_companies_not_administered(uuid);
