-- Omvärld, schema version 1: the municipalities (tenants) and their organisation, partners, partnerships with
-- their status history, and the audit trail.
--
-- Conventions, for this script and every later one:
--   * every table carries municipality_code, first in its primary key and in every index: every query is scoped
--     by it, and it is the natural distribution key should the register ever be sharded (e.g. Citus);
--   * aggregate roots carry "version bigint", 1 on first store, raised by one on every change (optimistic locking);
--   * child collections live in child tables, replaced as a whole when the aggregate is saved;
--   * enum values are stored by name with a check constraint listing them;
--   * free text is at most 4000 characters (Text.MAX_LENGTH), money numeric(19,2) with an ISO 4217 char(3)
--     currency, days DATE, instants "timestamp with time zone";
--   * portable SQL only (H2 in PostgreSQL mode and PostgreSQL): vendor-specific SQL goes in db/vendor/<vendor>.

create table municipality (
    code    char(4)       not null,
    name    varchar(4000) not null,
    version bigint        not null,
    constraint municipality_pk primary key (code),
    -- Four digits, not 0000 (translate maps each digit to 'd'; portable where regular expressions are not).
    constraint municipality_code_ck check (translate(code, '0123456789', 'dddddddddd') = 'dddd'
        and code <> '0000'),
    constraint municipality_name_ck check (char_length(trim(name)) > 0),
    constraint municipality_version_ck check (version >= 1)
);

create table municipality_committee (
    municipality_code char(4)       not null,
    ordinal          integer       not null,
    name              varchar(4000) not null,
    constraint municipality_committee_pk primary key (municipality_code, ordinal),
    constraint municipality_committee_name_uk unique (municipality_code, name),
    constraint municipality_committee_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint municipality_committee_ordinal_ck check (ordinal >= 0)
);

create table municipality_administration (
    municipality_code    char(4)       not null,
    name                 varchar(4000) not null,
    ordinal             integer       not null,
    committee            varchar(4000) not null,
    representative_name  varchar(4000),
    representative_title varchar(4000),
    constraint municipality_administration_pk primary key (municipality_code, name),
    constraint municipality_administration_ordinal_uk unique (municipality_code, ordinal),
    constraint municipality_administration_committee_fk foreign key (municipality_code, committee)
        references municipality_committee (municipality_code, name),
    constraint municipality_administration_representative_ck
        check ((representative_name is null) = (representative_title is null)),
    constraint municipality_administration_ordinal_ck check (ordinal >= 0)
);

create table municipality_unit (
    municipality_code char(4)       not null,
    name              varchar(4000) not null,
    ordinal          integer       not null,
    kind              varchar(32)   not null,
    administration    varchar(4000) not null,
    constraint municipality_unit_pk primary key (municipality_code, name),
    constraint municipality_unit_ordinal_uk unique (municipality_code, ordinal),
    constraint municipality_unit_administration_fk foreign key (municipality_code, administration)
        references municipality_administration (municipality_code, name),
    constraint municipality_unit_kind_ck check (kind in ('UNIT', 'SCHOOL', 'MUNICIPAL_COMPANY')),
    constraint municipality_unit_ordinal_ck check (ordinal >= 0)
);

create table partner (
    municipality_code char(4)       not null,
    id                uuid          not null,
    kind              varchar(32)   not null,
    name              varchar(4000) not null,
    country           char(2)       not null,
    locality          varchar(4000) not null,
    version           bigint        not null,
    constraint partner_pk primary key (municipality_code, id),
    constraint partner_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint partner_kind_ck check (kind in ('MUNICIPALITY', 'REGION', 'SCHOOL', 'ASSOCIATION', 'ORGANISATION',
        'COMPANY')),
    constraint partner_country_ck check (country between 'AA' and 'ZZ'),
    constraint partner_version_ck check (version >= 1)
);
-- PartnerRepository.all: by name.
create index partner_name_ix on partner (municipality_code, name, id);

create table partnership (
    municipality_code                   char(4)       not null,
    id                                  uuid          not null,
    partner_id                          uuid          not null,
    country                             char(2)       not null,
    kind                                varchar(32)   not null,
    title                               varchar(4000) not null,
    proposed_on                         date          not null,
    status                              varchar(32)   not null,
    counterpart_values_formal_agreement boolean       not null,
    -- The benefit/risk analysis (R1): all of it or none of it. Its goals are in partnership_analysis_goal.
    analysis_purpose                    varchar(4000),
    analysis_partner_choice_reason      varchar(4000),
    analysis_benefits                   varchar(4000),
    analysis_risks                      varchar(4000),
    analysis_made_on                    date,
    -- The democracy plan (R2): both or neither.
    democracy_plan_reflection           varchar(4000),
    democracy_plan_adopted_on           date,
    version                             bigint        not null,
    constraint partnership_pk primary key (municipality_code, id),
    constraint partnership_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint partnership_partner_fk foreign key (municipality_code, partner_id)
        references partner (municipality_code, id),
    constraint partnership_kind_ck check (kind in ('TWIN_TOWN', 'COOPERATION_AGREEMENT', 'INDUSTRIAL_PARTNERSHIP',
        'MUNICIPAL_PARTNERSHIP', 'NETWORK_MEMBERSHIP')),
    constraint partnership_status_ck check (status in ('PROPOSED', 'ACTIVE', 'UNDER_REVIEW', 'TERMINATED')),
    constraint partnership_country_ck check (country between 'AA' and 'ZZ'),
    constraint partnership_analysis_ck check (
        (analysis_purpose is null and analysis_partner_choice_reason is null and analysis_benefits is null
            and analysis_risks is null and analysis_made_on is null)
        or (analysis_purpose is not null and analysis_partner_choice_reason is not null
            and analysis_benefits is not null and analysis_risks is not null and analysis_made_on is not null)),
    constraint partnership_democracy_plan_ck
        check ((democracy_plan_reflection is null) = (democracy_plan_adopted_on is null)),
    constraint partnership_version_ck check (version >= 1)
);
-- PartnershipRepository.page and all: by title, then id; withStatus: in a status, by title, then id.
create index partnership_title_ix on partnership (municipality_code, title, id);
create index partnership_status_ix on partnership (municipality_code, status, title, id);
create index partnership_partner_ix on partnership (municipality_code, partner_id);

create table partnership_area (
    municipality_code char(4)     not null,
    partnership_id    uuid        not null,
    area              varchar(32) not null,
    constraint partnership_area_pk primary key (municipality_code, partnership_id, area),
    constraint partnership_area_partnership_fk foreign key (municipality_code, partnership_id)
        references partnership (municipality_code, id),
    constraint partnership_area_area_ck check (area in ('EDUCATION', 'ELDERLY_AND_DISABILITY_CARE', 'SOCIAL_CARE',
        'CULTURE', 'SPORT', 'ENVIRONMENT', 'TOURISM', 'BUSINESS', 'TRADE_AND_SMALL_INDUSTRY', 'TECHNOLOGY', 'HEALTH',
        'SCHOOL_EXCHANGE', 'DEMOCRACY', 'YOUTH'))
);

create table partnership_funding_source (
    municipality_code char(4)     not null,
    partnership_id    uuid        not null,
    funding_source    varchar(32) not null,
    constraint partnership_funding_source_pk primary key (municipality_code, partnership_id, funding_source),
    constraint partnership_funding_source_partnership_fk foreign key (municipality_code, partnership_id)
        references partnership (municipality_code, id),
    constraint partnership_funding_source_ck check (funding_source in ('MUNICIPALITY', 'EU', 'FOUNDATION', 'SIDA',
        'NORDIC', 'NATIONAL'))
);

create table partnership_analysis_goal (
    municipality_code char(4)       not null,
    partnership_id    uuid          not null,
    ordinal          integer       not null,
    goal              varchar(4000) not null,
    constraint partnership_analysis_goal_pk primary key (municipality_code, partnership_id, ordinal),
    constraint partnership_analysis_goal_partnership_fk foreign key (municipality_code, partnership_id)
        references partnership (municipality_code, id),
    constraint partnership_analysis_goal_ordinal_ck check (ordinal >= 0)
);

-- The lifecycle of a partnership, step by step, each with the decision that took it.
create table partnership_status_change (
    municipality_code  char(4)       not null,
    partnership_id     uuid          not null,
    ordinal           integer       not null,
    from_status        varchar(32)   not null,
    to_status          varchar(32)   not null,
    decided_by_kind    varchar(32)   not null,
    decided_by_name    varchar(4000) not null,
    decided_on         date          not null,
    decision_reference varchar(4000),
    constraint partnership_status_change_pk primary key (municipality_code, partnership_id, ordinal),
    constraint partnership_status_change_partnership_fk foreign key (municipality_code, partnership_id)
        references partnership (municipality_code, id),
    constraint partnership_status_change_from_ck
        check (from_status in ('PROPOSED', 'ACTIVE', 'UNDER_REVIEW', 'TERMINATED')),
    constraint partnership_status_change_to_ck
        check (to_status in ('PROPOSED', 'ACTIVE', 'UNDER_REVIEW', 'TERMINATED')),
    constraint partnership_status_change_step_ck check (from_status <> to_status),
    constraint partnership_status_change_body_ck check (decided_by_kind in ('COUNCIL', 'EXECUTIVE_BOARD',
        'COMMITTEE', 'ADMINISTRATION', 'COMPANY_BOARD')),
    constraint partnership_status_change_ordinal_ck check (ordinal >= 0)
);

-- The audit trail: appended to, never updated or deleted by the application.
create table audit_entry (
    municipality_code char(4)                  not null,
    id                bigint generated by default as identity,
    actor             varchar(4000)            not null,
    changed_at        timestamp with time zone not null,
    aggregate_type    varchar(4000)            not null,
    aggregate_id      varchar(4000)            not null,
    version           bigint                   not null,
    action            varchar(4000)            not null,
    change            varchar(4000)            not null,
    constraint audit_entry_pk primary key (municipality_code, id),
    constraint audit_entry_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint audit_entry_version_ck check (version >= 1)
);
-- AuditTrail.of: one aggregate's changes, oldest first.
create index audit_entry_aggregate_ix on audit_entry (municipality_code, aggregate_type, aggregate_id, changed_at, id);
