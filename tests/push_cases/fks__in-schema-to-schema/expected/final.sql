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

CREATE SCHEMA shop;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE shop.lines (
    id integer NOT NULL,
    product_id integer
);

CREATE TABLE shop.products (
    id integer NOT NULL
);

ALTER TABLE ONLY shop.lines
    ADD CONSTRAINT lines_pkey PRIMARY KEY (id);

ALTER TABLE ONLY shop.products
    ADD CONSTRAINT products_pkey PRIMARY KEY (id);

ALTER TABLE ONLY shop.lines
    ADD CONSTRAINT lines_product_id_products_id_fkey FOREIGN KEY (product_id) REFERENCES shop.products(id) ON DELETE SET NULL;

