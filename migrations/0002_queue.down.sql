drop function if exists app_queue_job(text, json, int);
