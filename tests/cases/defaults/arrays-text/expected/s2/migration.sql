CREATE TABLE "t" (
	"a" text[] DEFAULT '{a,b}'::text[],
	"b" text[] DEFAULT '{}'::text[],
	"c" text[] DEFAULT '{with space,"com,ma","qu\"ote",it''s,{brace}}'::text[],
	"d" varchar(10)[] DEFAULT '{x}'::varchar(10)[],
	"e" text[] DEFAULT '{""}'::text[],
	"f" text[] DEFAULT '{NULL,null}'::text[]
);
