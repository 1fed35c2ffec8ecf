drop table if exists claim_money;
drop table if exists claim_status_change;
drop table if exists claim_party;
drop table if exists claim;
