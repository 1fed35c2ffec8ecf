-- Issue #9 §3 "keeps every earlier version readable": a plain edit of a policy's terms (premium,
-- cover dates, payment frequency) is a correction — the policy as it was recorded was wrong — and
-- is kept as a version of its own, beside the issue, the endorsements and the renewal, so the terms
-- before it stay readable on the policy page (the audit trail has them too, but not as terms).
alter table policy_version drop constraint policy_version_kind_check;
alter table policy_version add constraint policy_version_kind_check check (kind in ('issued', 'endorsement', 'renewal', 'correction'));
