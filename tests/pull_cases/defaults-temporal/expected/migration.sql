-- Current sql file was generated after introspecting the database
-- If you want to run this migration please uncomment this code before executing migrations
/*
CREATE TABLE "events" (
	"id" serial PRIMARY KEY,
	"d_now" date DEFAULT now(),
	"d_current" date DEFAULT CURRENT_DATE,
	"d_literal" date DEFAULT '2024-02-29',
	"t_current" time DEFAULT CURRENT_TIME,
	"t_literal" time DEFAULT '12:34:56',
	"t_literal_p" time(3) DEFAULT '12:34:56.789',
	"ttz_literal" time with time zone DEFAULT '12:00:00+02',
	"ts_now" timestamp DEFAULT now(),
	"ts_current" timestamp(3) DEFAULT CURRENT_TIMESTAMP(3),
	"ts_local" timestamp DEFAULT LOCALTIMESTAMP,
	"ts_literal" timestamp DEFAULT '2020-01-01 00:00:00',
	"ts_literal_p" timestamp(6) DEFAULT '2020-01-01 12:30:45.123456',
	"ts_utc" timestamp DEFAULT (now() AT TIME ZONE 'utc'::text),
	"tstz_now" timestamp with time zone DEFAULT now(),
	"tstz_literal" timestamp with time zone DEFAULT '2020-01-01 00:00:00+00',
	"tstz_infinity" timestamp with time zone DEFAULT 'infinity',
	"tstz_expr" timestamp with time zone DEFAULT (now() + '1 day'::interval),
	"i_literal" interval DEFAULT '1 day',
	"i_mixed" interval DEFAULT '1 year 2 mons 3 days 04:05:06',
	"i_fields" interval hour to minute DEFAULT '02:00:00',
	"i_func" interval DEFAULT make_interval(days => 3)
);

*/