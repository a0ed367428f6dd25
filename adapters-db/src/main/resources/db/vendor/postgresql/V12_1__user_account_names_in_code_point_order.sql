-- PostgreSQL only: a municipality's accounts are listed by name, then id, both compared as Java's String.compareTo
-- does; as V4_1 and V9_1 do, the "C" collation on the columns makes that so whatever the server's locale, and keeps
-- the (municipality_code, name, id) index serving the order.

alter table user_account alter column name type varchar(300) collate "C";
alter table user_account alter column id type varchar(4000) collate "C";
