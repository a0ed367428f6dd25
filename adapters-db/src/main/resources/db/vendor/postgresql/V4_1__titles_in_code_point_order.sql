-- PostgreSQL only: titles compare by code point, whatever the database's locale. The ports promise "ordered by title,
-- then id" with titles compared as Java's String.compareTo does ("Bravo" before "alpha", "Zagreb" before
-- "Ängelholm"); the contract kit checks it. A database created with a locale (sv_SE, en_US, ICU sv-SE) compares text
-- case-insensitively at first and puts Ä beside A or after Z, so "order by title" followed the server, not the port:
-- it passed on a C.UTF-8 server and failed on an sv_SE one. The "C" collation compares the UTF-8 bytes, which is
-- code point order (Java's for every character outside the surrogate range). Set on the column, not in the query, so
-- the (municipality_code, ..., title, id) indexes are rebuilt with it and still serve the listings' order; on a C or
-- C.UTF-8 server no order changes. H2 compares strings as String.compareTo does already.

alter table partnership alter column title type varchar(4000) collate "C";
alter table project alter column title type varchar(4000) collate "C";
