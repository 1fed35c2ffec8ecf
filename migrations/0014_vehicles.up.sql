-- Vehicles (issue #9 §5, PL-2), part of the policies module (rights `policies:*`): a client's vehicles
-- (plate normalized, VIN, make, model, year, fuel, use; owned or sold with the date) and their links to
-- motor policies. Tenant tables: company_id NOT NULL, row-level security enabled and forced, every
-- reference between tenant rows includes the company.

create table vehicle (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  client_id uuid not null,
  -- normalized: upper-case letters and digits only (no spaces, dashes, dots)
  plate text not null check (plate ~ '^[A-Z0-9]{2,12}$'),
  -- as written by the agency, for display (separators kept)
  plate_display text not null check (length(btrim(plate_display)) between 2 and 20),
  plate_country text not null check (plate_country ~ '^[A-Z]{2}$'),
  vin text check (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
  make text not null check (length(btrim(make)) between 1 and 80),
  model text not null check (length(btrim(model)) between 1 and 80),
  year int check (year between 1886 and 2100),
  fuel text check (fuel in ('petrol', 'diesel', 'lpg', 'cng', 'hybrid', 'plug_in_hybrid', 'electric', 'hydrogen', 'other')),
  vehicle_use text check (vehicle_use in ('private', 'business', 'rental', 'taxi', 'goods', 'agricultural', 'other')),
  sold_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (company_id, id),
  foreign key (company_id, client_id) references client(company_id, id)
);
create index vehicle_client_idx on vehicle (company_id, client_id);
-- one owned vehicle per plate and country in a company (a sold one may be registered again)
create unique index vehicle_owned_plate_idx on vehicle (company_id, plate_country, plate) where sold_on is null;

-- A vehicle covered by a motor policy (the line is checked by the service: motor liability / own damage).
create table vehicle_policy (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references company(id),
  vehicle_id uuid not null,
  policy_id uuid not null,
  created_at timestamptz not null default now(),
  unique (company_id, id),
  unique (vehicle_id, policy_id),
  foreign key (company_id, vehicle_id) references vehicle(company_id, id) on delete cascade,
  foreign key (company_id, policy_id) references policy(company_id, id)
);
create index vehicle_policy_policy_idx on vehicle_policy (company_id, policy_id);

do $$
declare t text;
begin
  foreach t in array array['vehicle', 'vehicle_policy'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_isolation on %I using (company_id = app_current_company()) with check (company_id = app_current_company())', t);
  end loop;
end $$;

-- Global search (CL-6, extension point 4 of the clients module): the plate of an owned vehicle finds
-- its owner, typed with or without spaces or dashes ("AB123CD", "AB 123 CD", "ab-123-cd", and the
-- form the agency wrote, e.g. "M-AB 1234"). Terms with source 'vehicle' (source_id = the vehicle) in
-- app_search.client_term, written by this SECURITY DEFINER trigger and scoped to
-- app_current_company() as policy_search_on_policy (0012) does; client_search() does not change.
create function vehicle_search_on_vehicle() returns trigger
  language plpgsql security definer set search_path = pg_catalog, public as $$
declare
  v_groups text[];
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from app_search.client_term
     where company_id = app_current_company() and source = 'vehicle' and source_id = old.id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') and new.company_id = app_current_company() and new.sold_on is null then
    v_groups := array(select m[1] from regexp_matches(new.plate, '([A-Z]+|[0-9]+)', 'g') as m);
    insert into app_search.client_term (company_id, client_id, source, source_id, term)
      select new.company_id, new.client_id, 'vehicle', new.id, t.term
        from (values (app_search_norm(new.plate)),
                     (app_search_norm(array_to_string(v_groups, ' '))),
                     (app_search_norm(array_to_string(v_groups, '-'))),
                     (app_search_norm(new.plate_display)),
                     (app_search_norm(regexp_replace(new.plate_display, '[^0-9A-Za-z]+', ' ', 'g'))),
                     (app_search_norm(regexp_replace(new.plate_display, '[^0-9A-Za-z]+', '-', 'g')))) as t(term)
       where t.term is not null and t.term <> ''
       group by t.term;
  end if;
  return null;
end $$;
revoke all on function vehicle_search_on_vehicle() from public;
create trigger vehicle_search_insert after insert on vehicle for each row execute function vehicle_search_on_vehicle();
create trigger vehicle_search_update after update of plate, plate_display, client_id, sold_on on vehicle for each row execute function vehicle_search_on_vehicle();
create trigger vehicle_search_delete after delete on vehicle for each row execute function vehicle_search_on_vehicle();
