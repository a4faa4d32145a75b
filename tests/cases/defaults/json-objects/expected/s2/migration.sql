CREATE TABLE "t" (
	"a" json DEFAULT '{"a":1}',
	"b" jsonb DEFAULT '{"nested":{"list":[1,2,{"deep":true}]},"s":"it''s \"quoted\""}',
	"c" jsonb DEFAULT '{}',
	"d" jsonb DEFAULT '{"u":"ü","n":null,"f":1.5}',
	"e" json DEFAULT '{"k":"back\\slash"}'
);
