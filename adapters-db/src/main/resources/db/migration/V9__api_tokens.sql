-- Omvärld, schema version 9: API tokens (ApiToken), each bound to one municipality and one role; a unit editor's
-- token also names its unit. Only the token's SHA-256 hash is kept (64 lower-case hex digits); the secret itself is
-- never stored. A stored token is only ever revoked: nothing else about it changes, so it carries no version.
-- The conventions of V1 apply, but for one: the hash is unique across every municipality (a request brings only the
-- token, and the token says which municipality it is for), so its unique index does not lead with the
-- municipality code.

create table api_token (
    municipality_code char(4)                  not null,
    id                varchar(4000)            not null,
    role              varchar(32)              not null,
    unit_id           varchar(120),
    owner             varchar(200)             not null,
    hash              varchar(64)              not null,
    created_at        timestamp with time zone not null,
    revoked_at        timestamp with time zone,
    constraint api_token_pk primary key (municipality_code, id),
    constraint api_token_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint api_token_hash_uk unique (hash),
    constraint api_token_id_ck check (char_length(trim(id)) > 0),
    constraint api_token_role_ck check (role in ('ADMIN', 'COORDINATOR', 'UNIT_EDITOR', 'VIEWER')),
    -- A unit editor's token names its unit, and only a unit editor's does (no foreign key, as for a project's
    -- owning unit: a unit's row is rewritten whenever its municipality is saved).
    constraint api_token_unit_ck check ((unit_id is not null and role = 'UNIT_EDITOR')
        or (unit_id is null and role <> 'UNIT_EDITOR')),
    constraint api_token_owner_ck check (char_length(trim(owner)) > 0),
    -- 64 lower-case hex digits (translate maps each to 'h'; portable where regular expressions are not).
    constraint api_token_hash_ck check (char_length(hash) = 64
        and translate(hash, '0123456789abcdef', 'hhhhhhhhhhhhhhhh') = 'hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh'),
    constraint api_token_revoked_ck check (revoked_at is null or revoked_at >= created_at)
);
create index api_token_created_ix on api_token (municipality_code, created_at, id);
