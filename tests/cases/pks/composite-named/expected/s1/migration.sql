CREATE TABLE "translations" (
	"key" text,
	"locale" text,
	"value" text,
	CONSTRAINT "translations_key_locale_pk" PRIMARY KEY("key","locale")
);
