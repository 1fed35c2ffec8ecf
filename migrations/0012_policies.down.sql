drop table if exists policy_installment;
drop table if exists policy;
drop table if exists line_of_business;
drop table if exists insurer;
