-- graphile-worker keeps its tables under row-level security with no policies: only their owner (the
-- migration role) may touch them. The run-time role queues jobs through this function, which runs
-- as the owner, inside the caller's transaction: a rolled-back change queues nothing.
create function app_queue_job(task text, payload json, max_attempts int default 10) returns void
  language plpgsql security definer set search_path = pg_catalog, public as $$
begin
  perform graphile_worker.add_job(task, payload, max_attempts => max_attempts);
end $$;
revoke all on function app_queue_job(text, json, int) from public;
