-- PostGIS is not installed on the test servers: these stand-ins have PostGIS's table and view
-- names, which extensionsFilters: ["postgis"] must leave out.
create table spatial_ref_sys (srid integer primary key, auth_name varchar(256), srtext varchar(2048));
create view geometry_columns as select 'a'::text as f_table_name;
create view geography_columns as select 'b'::text as f_table_name;
create table places (id serial primary key, name text, srid integer references spatial_ref_sys(srid));
