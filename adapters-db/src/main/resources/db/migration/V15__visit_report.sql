-- Omvärld, schema version 15: each visit's report (besöksrapport, R8), at most one per visit; a later upload
-- replaces the row. The description (name, media type, size, SHA-256, who uploaded it and when) beside the bytes.
-- bytea holds the 5 MB a report may have on both databases: on H2 2.x (PostgreSQL mode) it is a BINARY VARYING of
-- up to 1,000,000,000 bytes, on PostgreSQL a bytea, and jOOQ reads it as byte[].

create table visit_report (
    municipality_code char(4)                  not null,
    visit_id          uuid                     not null,
    file_name         varchar(200)             not null,
    media_type        varchar(100)             not null,
    size              integer                  not null,
    sha256            char(64)                 not null,
    uploaded_at       timestamp with time zone not null,
    uploaded_by       varchar(300)             not null,
    content           bytea                    not null,
    constraint visit_report_pk primary key (municipality_code, visit_id),
    constraint visit_report_visit_fk foreign key (municipality_code, visit_id)
        references visit (municipality_code, id),
    constraint visit_report_media_type_ck check (media_type in ('application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.oasis.opendocument.text')),
    constraint visit_report_size_ck check (size between 1 and 5242880 and octet_length(content) = size)
);
