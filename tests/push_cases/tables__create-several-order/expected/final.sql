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

CREATE TABLE public.alpha (
    id integer,
    label text NOT NULL
);

CREATE TABLE public.mid (
    id integer NOT NULL,
    note character varying(20)
);

CREATE SEQUENCE public.mid_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.mid_id_seq OWNED BY public.mid.id;

CREATE TABLE public.zeta (
    id integer
);

ALTER TABLE ONLY public.mid ALTER COLUMN id SET DEFAULT nextval('public.mid_id_seq'::regclass);

ALTER TABLE ONLY public.mid
    ADD CONSTRAINT mid_pkey PRIMARY KEY (id);

