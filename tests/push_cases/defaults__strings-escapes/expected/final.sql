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

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE public.t (
    a text DEFAULT 'it''s'::text,
    b text DEFAULT 'back\\slash'::text,
    c text DEFAULT 'say "hi"'::text,
    d text DEFAULT 'line1
line2'::text,
    e text DEFAULT 'tab	here'::text,
    f text DEFAULT ''::text,
    g character varying(20) DEFAULT '''''double'''''::character varying,
    h character(3) DEFAULT 'abc'::bpchar
);

