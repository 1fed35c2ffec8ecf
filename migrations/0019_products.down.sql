drop table if exists product_offer;
drop table if exists quote_request;
drop table if exists product_version_event;
drop table if exists product_version;
drop table if exists product;
