create extension if not exists postgis; -- geometry(point,4326)
