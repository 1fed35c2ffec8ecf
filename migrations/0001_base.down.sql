drop table if exists audit_event, support_grant, membership, role, outbox_message, login_event,
  password_reset_token, user_session, app_user, company cascade;
drop function if exists audit_event_chain, audit_event_append_only, audit_event_hash(audit_event),
  app_current_company, app_current_user, app_is_operator;
