SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

CREATE SCHEMA analytics;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE public.events (
    id integer,
    kind text
);

CREATE VIEW analytics.clicks AS
 SELECT events.id,
    events.kind
   FROM public.events;

CREATE MATERIALIZED VIEW analytics.counts
WITH (fillfactor='60') AS
 SELECT events.kind,
    (count(*))::integer AS n
   FROM public.events
  GROUP BY events.kind
  WITH NO DATA;

CREATE VIEW analytics.secure WITH (security_invoker='false') AS
 SELECT events.id
   FROM public.events;

