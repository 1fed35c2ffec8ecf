drop table if exists consent_timeline_start;
