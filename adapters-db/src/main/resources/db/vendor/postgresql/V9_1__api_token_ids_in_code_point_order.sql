-- PostgreSQL only: a municipality's tokens are listed oldest first, then by id, with ids compared as Java's
-- String.compareTo does; as V4_1 does for titles, the "C" collation on the column makes that so whatever the
-- server's locale, and keeps the (municipality_code, created_at, id) index serving the order.

alter table api_token alter column id type varchar(4000) collate "C";
