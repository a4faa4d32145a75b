CREATE TABLE "t" (
	"a" date DEFAULT '2024-01-02',
	"b" date DEFAULT '2024-03-04',
	"c" timestamp DEFAULT '2024-01-02 03:04:05.678',
	"d" timestamp with time zone DEFAULT '2024-01-02 03:04:05.678+00',
	"e" timestamp DEFAULT '2024-05-06 07:08:09',
	"f" timestamp with time zone DEFAULT '2024-05-06 07:08:09+02',
	"g" time DEFAULT '12:34:56',
	"h" interval DEFAULT '1 day'
);
