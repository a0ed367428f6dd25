-- Omvärld, schema version 2: funding programmes and their calls, projects with their steps, participants,
-- partners, countries, areas and goals, grants to associations, visits, and the records of reporting obligations.
-- The conventions of V1 apply (municipality code first in every key and index, version >= 1, enum names checked).

create table funding_programme (
    municipality_code       char(4)        not null,
    id                      uuid           not null,
    name                    varchar(4000)  not null,
    funder                  varchar(4000)  not null,
    source                  varchar(32)    not null,
    currency                char(3)        not null,
    -- The share of eligible costs the funder pays, above 0 and at most 1, exactly as given.
    co_financing_rate       numeric(12, 10) not null,
    version                 bigint         not null,
    constraint funding_programme_pk primary key (municipality_code, id),
    constraint funding_programme_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint funding_programme_source_ck check (source in ('MUNICIPALITY', 'EU', 'FOUNDATION', 'SIDA', 'NORDIC',
        'NATIONAL')),
    constraint funding_programme_currency_ck check (currency between 'AAA' and 'ZZZ'),
    constraint funding_programme_rate_ck check (co_financing_rate > 0 and co_financing_rate <= 1),
    constraint funding_programme_version_ck check (version >= 1)
);
-- FundingRepository.programmes: by name.
create index funding_programme_name_ix on funding_programme (municipality_code, name, id);

create table funding_programme_area (
    municipality_code char(4)     not null,
    programme_id      uuid        not null,
    area              varchar(32) not null,
    constraint funding_programme_area_pk primary key (municipality_code, programme_id, area),
    constraint funding_programme_area_programme_fk foreign key (municipality_code, programme_id)
        references funding_programme (municipality_code, id),
    constraint funding_programme_area_area_ck check (area in ('EDUCATION', 'ELDERLY_AND_DISABILITY_CARE',
        'SOCIAL_CARE', 'CULTURE', 'SPORT', 'ENVIRONMENT', 'TOURISM', 'BUSINESS', 'TRADE_AND_SMALL_INDUSTRY',
        'TECHNOLOGY', 'HEALTH', 'SCHOOL_EXCHANGE', 'DEMOCRACY', 'YOUTH'))
);

-- A call for applications under a programme ("call" is a reserved word).
create table funding_call (
    municipality_code char(4)       not null,
    id                uuid          not null,
    programme_id      uuid          not null,
    title             varchar(4000) not null,
    opens             date          not null,
    deadline          date          not null,
    version           bigint        not null,
    constraint funding_call_pk primary key (municipality_code, id),
    constraint funding_call_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint funding_call_programme_fk foreign key (municipality_code, programme_id)
        references funding_programme (municipality_code, id),
    constraint funding_call_deadline_ck check (deadline >= opens),
    constraint funding_call_version_ck check (version >= 1)
);
-- FundingRepository.calls and openCalls: soonest deadline first (then title, id), open on a day.
create index funding_call_deadline_ix on funding_call (municipality_code, deadline, title, id);
create index funding_call_programme_ix on funding_call (municipality_code, programme_id);

create table funding_call_area (
    municipality_code char(4)     not null,
    call_id           uuid        not null,
    area              varchar(32) not null,
    constraint funding_call_area_pk primary key (municipality_code, call_id, area),
    constraint funding_call_area_call_fk foreign key (municipality_code, call_id)
        references funding_call (municipality_code, id),
    constraint funding_call_area_area_ck check (area in ('EDUCATION', 'ELDERLY_AND_DISABILITY_CARE', 'SOCIAL_CARE',
        'CULTURE', 'SPORT', 'ENVIRONMENT', 'TOURISM', 'BUSINESS', 'TRADE_AND_SMALL_INDUSTRY', 'TECHNOLOGY', 'HEALTH',
        'SCHOOL_EXCHANGE', 'DEMOCRACY', 'YOUTH'))
);

create table project (
    municipality_code         char(4)        not null,
    id                        uuid           not null,
    parent_id                 uuid,
    title                     varchar(4000)  not null,
    kind                      varchar(32)    not null,
    owning_unit               varchar(4000)  not null,
    committee                 varchar(4000)  not null,
    programme_id              uuid,
    budget_total              numeric(19, 2) not null,
    budget_total_currency     char(3)        not null,
    budget_external           numeric(19, 2) not null,
    budget_external_currency  char(3)        not null,
    budget_own                numeric(19, 2) not null,
    budget_own_currency       char(3)        not null,
    external_funding_explored boolean        not null,
    budgeted_in_unit_plan     boolean        not null,
    registered_on             date           not null,
    status                    varchar(32)    not null,
    version                   bigint         not null,
    constraint project_pk primary key (municipality_code, id),
    constraint project_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint project_parent_fk foreign key (municipality_code, parent_id) references project (municipality_code, id),
    constraint project_programme_fk foreign key (municipality_code, programme_id)
        references funding_programme (municipality_code, id),
    constraint project_not_own_parent_ck check (parent_id is null or parent_id <> id),
    constraint project_kind_ck check (kind in ('PRE_STUDY', 'PROJECT', 'EXCHANGE')),
    constraint project_status_ck check (status in ('IDEA', 'APPROVAL_REQUESTED', 'APPROVED_FOR_APPLICATION',
        'APPLIED', 'GRANTED', 'REJECTED', 'WITHDRAWN', 'RUNNING', 'COMPLETED', 'FINAL_REPORT_SUBMITTED')),
    constraint project_budget_ck check (budget_total >= 0 and budget_external >= 0 and budget_own >= 0),
    constraint project_budget_external_ck
        check (budget_external_currency <> budget_total_currency or budget_external <= budget_total),
    constraint project_budget_currency_ck check (budget_total_currency between 'AAA' and 'ZZZ'
        and budget_external_currency between 'AAA' and 'ZZZ' and budget_own_currency between 'AAA' and 'ZZZ'),
    constraint project_version_ck check (version >= 1)
);
-- ProjectRepository.page and all: by title, then id; children: a parent's projects by title, then id.
create index project_title_ix on project (municipality_code, title, id);
create index project_parent_ix on project (municipality_code, parent_id, title, id);
create index project_programme_ix on project (municipality_code, programme_id);

create table project_participant (
    municipality_code char(4)       not null,
    project_id        uuid          not null,
    ordinal           integer       not null,
    name              varchar(4000) not null,
    constraint project_participant_pk primary key (municipality_code, project_id, ordinal),
    constraint project_participant_project_fk foreign key (municipality_code, project_id)
        references project (municipality_code, id),
    constraint project_participant_ordinal_ck check (ordinal >= 0)
);

create table project_partner (
    municipality_code char(4) not null,
    project_id        uuid    not null,
    partner_id        uuid    not null,
    ordinal           integer not null,
    constraint project_partner_pk primary key (municipality_code, project_id, partner_id),
    constraint project_partner_project_fk foreign key (municipality_code, project_id)
        references project (municipality_code, id),
    constraint project_partner_partner_fk foreign key (municipality_code, partner_id)
        references partner (municipality_code, id),
    constraint project_partner_ordinal_ck check (ordinal >= 0)
);
create index project_partner_partner_ix on project_partner (municipality_code, partner_id);

create table project_country (
    municipality_code char(4) not null,
    project_id        uuid    not null,
    country           char(2) not null,
    ordinal           integer not null,
    constraint project_country_pk primary key (municipality_code, project_id, country),
    constraint project_country_project_fk foreign key (municipality_code, project_id)
        references project (municipality_code, id),
    constraint project_country_country_ck check (country between 'AA' and 'ZZ'),
    constraint project_country_ordinal_ck check (ordinal >= 0)
);

create table project_area (
    municipality_code char(4)     not null,
    project_id        uuid        not null,
    area              varchar(32) not null,
    constraint project_area_pk primary key (municipality_code, project_id, area),
    constraint project_area_project_fk foreign key (municipality_code, project_id)
        references project (municipality_code, id),
    constraint project_area_area_ck check (area in ('EDUCATION', 'ELDERLY_AND_DISABILITY_CARE', 'SOCIAL_CARE',
        'CULTURE', 'SPORT', 'ENVIRONMENT', 'TOURISM', 'BUSINESS', 'TRADE_AND_SMALL_INDUSTRY', 'TECHNOLOGY', 'HEALTH',
        'SCHOOL_EXCHANGE', 'DEMOCRACY', 'YOUTH'))
);

create table project_goal (
    municipality_code char(4)       not null,
    project_id        uuid          not null,
    ordinal           integer       not null,
    goal              varchar(4000) not null,
    constraint project_goal_pk primary key (municipality_code, project_id, ordinal),
    constraint project_goal_project_fk foreign key (municipality_code, project_id)
        references project (municipality_code, id),
    constraint project_goal_ordinal_ck check (ordinal >= 0)
);

-- A project's lifecycle, step by step; a step a body decided carries the decision (taken on the decision's day).
create table project_step (
    municipality_code  char(4)       not null,
    project_id         uuid          not null,
    ordinal            integer       not null,
    from_status        varchar(32)   not null,
    to_status          varchar(32)   not null,
    taken_on           date          not null,
    decided_by_kind    varchar(32),
    decided_by_name    varchar(4000),
    decision_reference varchar(4000),
    constraint project_step_pk primary key (municipality_code, project_id, ordinal),
    constraint project_step_project_fk foreign key (municipality_code, project_id)
        references project (municipality_code, id),
    constraint project_step_from_ck check (from_status in ('IDEA', 'APPROVAL_REQUESTED', 'APPROVED_FOR_APPLICATION',
        'APPLIED', 'GRANTED', 'REJECTED', 'WITHDRAWN', 'RUNNING', 'COMPLETED', 'FINAL_REPORT_SUBMITTED')),
    constraint project_step_to_ck check (to_status in ('IDEA', 'APPROVAL_REQUESTED', 'APPROVED_FOR_APPLICATION',
        'APPLIED', 'GRANTED', 'REJECTED', 'WITHDRAWN', 'RUNNING', 'COMPLETED', 'FINAL_REPORT_SUBMITTED')),
    constraint project_step_step_ck check (from_status <> to_status),
    constraint project_step_decision_ck check ((decided_by_kind is null) = (decided_by_name is null)
        and (decision_reference is null or decided_by_kind is not null)),
    constraint project_step_body_ck check (decided_by_kind in ('COUNCIL', 'EXECUTIVE_BOARD', 'COMMITTEE',
        'ADMINISTRATION', 'COMPANY_BOARD')),
    constraint project_step_ordinal_ck check (ordinal >= 0)
);

create table association_grant (
    municipality_code      char(4)        not null,
    id                     uuid           not null,
    association            varchar(4000)  not null,
    purpose                varchar(4000)  not null,
    purpose_anchored       boolean        not null,
    requested              numeric(19, 2) not null,
    requested_currency     char(3)        not null,
    own_financing          numeric(19, 2) not null,
    own_financing_currency char(3)        not null,
    exchange_start         date           not null,
    exchange_end           date           not null,
    applied_on             date           not null,
    status                 varchar(32)    not null,
    decided_by_kind        varchar(32),
    decided_by_name        varchar(4000),
    decided_on             date,
    decision_reference     varchar(4000),
    granted                numeric(19, 2),
    granted_currency       char(3),
    follow_up_submitted_on date,
    follow_up_summary      varchar(4000),
    version                bigint         not null,
    constraint association_grant_pk primary key (municipality_code, id),
    constraint association_grant_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint association_grant_status_ck check (status in ('APPLIED', 'GRANTED', 'REJECTED', 'FOLLOWED_UP')),
    constraint association_grant_currency_ck check (requested_currency = 'SEK' and own_financing_currency = 'SEK'
        and (granted_currency is null or granted_currency = 'SEK')),
    constraint association_grant_amounts_ck check (requested > 0 and own_financing >= 0
        and (granted is null or (granted > 0 and granted <= requested))),
    constraint association_grant_exchange_ck check (exchange_end >= exchange_start),
    constraint association_grant_decision_ck check ((decided_by_kind is null) = (status = 'APPLIED')
        and (decided_by_kind is null) = (decided_by_name is null)
        and (decided_by_kind is null) = (decided_on is null)
        and (decision_reference is null or decided_by_kind is not null)),
    constraint association_grant_body_ck check (decided_by_kind in ('COUNCIL', 'EXECUTIVE_BOARD', 'COMMITTEE',
        'ADMINISTRATION', 'COMPANY_BOARD')),
    constraint association_grant_granted_ck check ((granted is not null) = (status in ('GRANTED', 'FOLLOWED_UP'))
        and (granted is null) = (granted_currency is null)),
    constraint association_grant_follow_up_ck check ((follow_up_submitted_on is not null) = (status = 'FOLLOWED_UP')
        and (follow_up_submitted_on is null) = (follow_up_summary is null)),
    constraint association_grant_version_ck check (version >= 1)
);
-- GrantRepository.all: by application day, then id.
create index association_grant_applied_ix on association_grant (municipality_code, applied_on, id);

create table visit (
    municipality_code          char(4)       not null,
    id                         uuid          not null,
    partnership_id             uuid,
    direction                  varchar(32)   not null,
    first_day                  date          not null,
    last_day                   date          not null,
    purpose                    varchar(4000) not null,
    participants               integer       not null,
    digital_meeting_considered boolean       not null,
    version                    bigint        not null,
    constraint visit_pk primary key (municipality_code, id),
    constraint visit_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint visit_partnership_fk foreign key (municipality_code, partnership_id)
        references partnership (municipality_code, id),
    constraint visit_direction_ck check (direction in ('INCOMING', 'OUTGOING')),
    constraint visit_dates_ck check (last_day >= first_day),
    constraint visit_participants_ck check (participants > 0),
    constraint visit_version_ck check (version >= 1)
);
-- VisitRepository.all and ofPartnership: by first day, then id.
create index visit_first_day_ix on visit (municipality_code, first_day, id);
create index visit_partnership_ix on visit (municipality_code, partnership_id, first_day, id);

-- What was done about a reporting obligation: submitted or waived (pending is never stored).
create table obligation_record (
    municipality_code char(4)       not null,
    obligation_key    varchar(200)  not null,
    status            varchar(32)   not null,
    settled_on        date          not null,
    note              varchar(4000) not null,
    version           bigint        not null,
    constraint obligation_record_pk primary key (municipality_code, obligation_key),
    constraint obligation_record_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint obligation_record_status_ck check (status in ('SUBMITTED', 'WAIVED')),
    constraint obligation_record_version_ck check (version >= 1)
);
