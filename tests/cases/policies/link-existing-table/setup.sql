CREATE TABLE "external" ("id" integer);
