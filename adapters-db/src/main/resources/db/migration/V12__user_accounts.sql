-- Omvärld, schema version 12: the web app's user accounts (UserAccount), each in one municipality with one role as
-- an API token has; a unit editor's account names its unit. The password is kept only as its encoded hash (an
-- Argon2id PHC string, "$argon2id$..."), never the password. The conventions of V1 apply, but for one: an e-mail
-- address is unique across every municipality (a sign-in brings only the address, and the address says which
-- municipality the person works in), so its unique index does not lead with the municipality code.

create table user_account (
    municipality_code   char(4)                  not null,
    id                  varchar(4000)            not null,
    email               varchar(254)             not null,
    name                varchar(300)             not null,
    role                varchar(32)              not null,
    unit_id             varchar(120),
    password_hash       varchar(500)             not null,
    language            varchar(16)              not null,
    weekly_digest       boolean                  not null,
    reminder_days_before integer,
    created_at          timestamp with time zone not null,
    disabled_at         timestamp with time zone,
    version             bigint                   not null,
    constraint user_account_pk primary key (municipality_code, id),
    constraint user_account_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint user_account_email_uk unique (email),
    constraint user_account_id_ck check (char_length(trim(id)) > 0),
    -- Kept in lower case (EmailAddress), so that one address is one account however it is typed.
    constraint user_account_email_ck check (email = lower(email) and email like '_%@_%._%'),
    constraint user_account_name_ck check (char_length(trim(name)) > 0),
    constraint user_account_role_ck check (role in ('ADMIN', 'COORDINATOR', 'UNIT_EDITOR', 'VIEWER')),
    -- A unit editor's account names its unit, and only a unit editor's does (no foreign key, as for an API token).
    constraint user_account_unit_ck check ((unit_id is not null and role = 'UNIT_EDITOR')
        or (unit_id is null and role <> 'UNIT_EDITOR')),
    constraint user_account_password_hash_ck check (substring(password_hash, 1, 1) = '$'),
    constraint user_account_language_ck check (language in ('SWEDISH', 'ENGLISH')),
    constraint user_account_reminder_days_ck check (reminder_days_before is null
        or reminder_days_before between 1 and 90),
    constraint user_account_disabled_ck check (disabled_at is null or disabled_at >= created_at),
    constraint user_account_version_ck check (version >= 1)
);
create index user_account_name_ix on user_account (municipality_code, name, id);
