CREATE ROLE "anon";
CREATE ROLE "service";
