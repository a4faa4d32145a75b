-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TYPE "status" AS ENUM('on', 'off', 'it''s');--> statement-breakpoint
CREATE TABLE "defaults" (
	"i_zero" integer DEFAULT 0,
	"i_neg" integer DEFAULT -42,
	"i_big" bigint DEFAULT 9007199254740993,
	"i_small" smallint DEFAULT 7,
	"i_expr" integer DEFAULT (1 + 2),
	"n_plain" numeric DEFAULT '1.50',
	"n_scaled" numeric(10,2) DEFAULT '9.99',
	"n_neg" numeric(6,3) DEFAULT '-0.5',
	"r_real" real DEFAULT 1.25,
	"r_double" double precision DEFAULT -35000000000,
	"b_true" boolean DEFAULT true,
	"b_false" boolean DEFAULT false NOT NULL,
	"b_expr" boolean DEFAULT (1 > 0),
	"t_empty" text DEFAULT '',
	"t_plain" text DEFAULT 'hello',
	"t_quote" text DEFAULT 'it''s',
	"t_backslash" text DEFAULT 'a\b',
	"t_escape" text DEFAULT 'line
break',
	"t_cast" text DEFAULT 'x',
	"t_func" text DEFAULT md5((random())::text),
	"t_concat" text DEFAULT ('a'::text || 'b'::text),
	"v_limited" varchar(10) DEFAULT 'abc',
	"c_char" char(3) DEFAULT 'ab',
	"j_obj" json DEFAULT '{"a": 1, "b": [true, null]}',
	"jb_obj" jsonb DEFAULT '{"a": 1, "b":"it''s"}',
	"jb_arr" jsonb DEFAULT '[1, 2, 3]',
	"jb_null" jsonb DEFAULT 'null',
	"jb_expr" jsonb DEFAULT jsonb_build_object('k', 1),
	"u_random" uuid DEFAULT gen_random_uuid(),
	"u_fixed" uuid DEFAULT '00000000-0000-0000-0000-000000000000',
	"e_enum" "status" DEFAULT 'on'::"status",
	"e_quote" "status" DEFAULT 'it''s'::"status",
	"e_cast" "status" DEFAULT 'off'::"status",
	"inet_d" inet DEFAULT '127.0.0.1',
	"cidr_d" cidr DEFAULT '10.0.0.0/8',
	"mac_d" macaddr DEFAULT '08:00:2b:01:02:03',
	"bit_d" bit(4) DEFAULT '1010',
	"varbit_d" bit varying DEFAULT '101',
	"point_d" point DEFAULT '(1,2)',
	"line_d" line DEFAULT '{1,2,3}',
	"money_d" money DEFAULT 12.5,
	"bytea_d" bytea DEFAULT '\xdeadbeef',
	"null_d" text
);

*/