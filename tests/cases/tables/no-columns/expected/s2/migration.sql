CREATE TABLE "empty" (

);
