CREATE ROLE "authenticated";
