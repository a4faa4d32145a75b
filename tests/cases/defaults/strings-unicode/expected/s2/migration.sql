CREATE TABLE "t" (
	"a" text DEFAULT 'héllo wörld',
	"b" text DEFAULT '日本語',
	"c" text DEFAULT '🚀 launch',
	"d" text DEFAULT '100% {braces} [brackets]',
	"e" text DEFAULT 'semi;colon -- dash'
);
