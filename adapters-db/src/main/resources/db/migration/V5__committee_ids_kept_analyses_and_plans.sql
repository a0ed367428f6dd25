-- Omvärld, schema version 5 (with 5.1, a Java migration, and 5.2): committees get a stable id, a municipality the
-- day it was registered, partnerships keep every analysis and democracy plan, projects their democracy plans, and
-- partnerships and visits name the committees whose work they are. The conventions of V1 apply.
--
-- A committee id (CommitteeId) is lower-case letters and digits in '-'-separated words, at most 120 characters; the
-- checks below say so portably (translate maps every letter and digit to 'a'; H2 and PostgreSQL differ in regular
-- expressions). The ids of committees stored before this version are made in V5_1 by the domain's own
-- Committee.named, which SQL cannot compute (diacritics dropped, a hash of the name where two names collide).

-- The day the municipality was registered in Omvärld; those stored before it follow obligations from 2025-01-01,
-- the day the shipped profiles follow them from.
alter table municipality add column registered_on date default date '2025-01-01' not null;
alter table municipality alter column registered_on drop default;

-- Filled by V5_1, then required and unique in V5_2.
alter table municipality_committee add column committee_id varchar(120);
alter table municipality_administration add column committee_id varchar(120);

-- Every benefit/risk analysis (R1) of a partnership, oldest first; the one inline in partnership becomes the first.
create table partnership_analysis (
    municipality_code     char(4)       not null,
    partnership_id        uuid          not null,
    ordinal               integer       not null,
    purpose               varchar(4000) not null,
    partner_choice_reason varchar(4000) not null,
    benefits              varchar(4000) not null,
    risks                 varchar(4000) not null,
    made_on               date          not null,
    constraint partnership_analysis_pk primary key (municipality_code, partnership_id, ordinal),
    constraint partnership_analysis_partnership_fk foreign key (municipality_code, partnership_id)
        references partnership (municipality_code, id),
    constraint partnership_analysis_text_ck check (char_length(trim(purpose)) > 0
        and char_length(trim(partner_choice_reason)) > 0 and char_length(trim(benefits)) > 0
        and char_length(trim(risks)) > 0),
    constraint partnership_analysis_ordinal_ck check (ordinal >= 0)
);
insert into partnership_analysis (municipality_code, partnership_id, ordinal, purpose, partner_choice_reason,
        benefits, risks, made_on)
    select municipality_code, id, 0, analysis_purpose, analysis_partner_choice_reason, analysis_benefits,
        analysis_risks, analysis_made_on
    from partnership where analysis_purpose is not null;

-- The goals of each analysis: the goals stored so far belong to the first.
alter table partnership_analysis_goal add column analysis_ordinal integer default 0 not null;
alter table partnership_analysis_goal alter column analysis_ordinal drop default;
delete from partnership_analysis_goal where not exists (select 1 from partnership_analysis a
    where a.municipality_code = partnership_analysis_goal.municipality_code
    and a.partnership_id = partnership_analysis_goal.partnership_id);
alter table partnership_analysis_goal drop constraint partnership_analysis_goal_partnership_fk;
alter table partnership_analysis_goal drop constraint partnership_analysis_goal_pk;
alter table partnership_analysis_goal add constraint partnership_analysis_goal_pk
    primary key (municipality_code, partnership_id, analysis_ordinal, ordinal);
alter table partnership_analysis_goal add constraint partnership_analysis_goal_analysis_fk
    foreign key (municipality_code, partnership_id, analysis_ordinal)
    references partnership_analysis (municipality_code, partnership_id, ordinal);
alter table partnership_analysis_goal add constraint partnership_analysis_goal_analysis_ordinal_ck
    check (analysis_ordinal >= 0);
alter table partnership_analysis_goal add constraint partnership_analysis_goal_text_ck
    check (char_length(trim(goal)) > 0);

-- Every democracy plan (R2) of a partnership, oldest first; the one inline in partnership becomes the first.
create table partnership_democracy_plan (
    municipality_code char(4)       not null,
    partnership_id    uuid          not null,
    ordinal           integer       not null,
    reflection        varchar(4000) not null,
    adopted_on        date          not null,
    constraint partnership_democracy_plan_pk primary key (municipality_code, partnership_id, ordinal),
    constraint partnership_democracy_plan_partnership_fk foreign key (municipality_code, partnership_id)
        references partnership (municipality_code, id),
    constraint partnership_democracy_plan_text_ck check (char_length(trim(reflection)) > 0),
    constraint partnership_democracy_plan_ordinal_ck check (ordinal >= 0)
);
insert into partnership_democracy_plan (municipality_code, partnership_id, ordinal, reflection, adopted_on)
    select municipality_code, id, 0, democracy_plan_reflection, democracy_plan_adopted_on
    from partnership where democracy_plan_reflection is not null;

alter table partnership drop constraint partnership_analysis_ck;
alter table partnership drop constraint partnership_democracy_plan_ck;
alter table partnership drop column analysis_purpose;
alter table partnership drop column analysis_partner_choice_reason;
alter table partnership drop column analysis_benefits;
alter table partnership drop column analysis_risks;
alter table partnership drop column analysis_made_on;
alter table partnership drop column democracy_plan_reflection;
alter table partnership drop column democracy_plan_adopted_on;

-- The committees whose own partnership it is (none: the municipality's as a whole), by committee id.
create table partnership_committee (
    municipality_code char(4)      not null,
    partnership_id    uuid         not null,
    committee_id      varchar(120) not null,
    ordinal           integer      not null,
    constraint partnership_committee_pk primary key (municipality_code, partnership_id, committee_id),
    constraint partnership_committee_partnership_fk foreign key (municipality_code, partnership_id)
        references partnership (municipality_code, id),
    constraint partnership_committee_id_ck check (char_length(committee_id) between 1 and 120
        and committee_id not like '-%' and committee_id not like '%-' and committee_id not like '%--%'
        and replace(replace(translate(committee_id, 'bcdefghijklmnopqrstuvwxyz0123456789',
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), 'a', ''), '-', '') = ''),
    constraint partnership_committee_ordinal_ck check (ordinal >= 0)
);

-- Every democracy plan (R2) of a project, oldest first.
create table project_democracy_plan (
    municipality_code char(4)       not null,
    project_id        uuid          not null,
    ordinal           integer       not null,
    reflection        varchar(4000) not null,
    adopted_on        date          not null,
    constraint project_democracy_plan_pk primary key (municipality_code, project_id, ordinal),
    constraint project_democracy_plan_project_fk foreign key (municipality_code, project_id)
        references project (municipality_code, id),
    constraint project_democracy_plan_text_ck check (char_length(trim(reflection)) > 0),
    constraint project_democracy_plan_ordinal_ck check (ordinal >= 0)
);

-- The committees whose people travelled or hosted a visit, by committee id.
create table visit_committee (
    municipality_code char(4)      not null,
    visit_id          uuid         not null,
    committee_id      varchar(120) not null,
    ordinal           integer      not null,
    constraint visit_committee_pk primary key (municipality_code, visit_id, committee_id),
    constraint visit_committee_visit_fk foreign key (municipality_code, visit_id)
        references visit (municipality_code, id),
    constraint visit_committee_id_ck check (char_length(committee_id) between 1 and 120
        and committee_id not like '-%' and committee_id not like '%-' and committee_id not like '%--%'
        and replace(replace(translate(committee_id, 'bcdefghijklmnopqrstuvwxyz0123456789',
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), 'a', ''), '-', '') = ''),
    constraint visit_committee_ordinal_ck check (ordinal >= 0)
);

-- A grant's follow-up is the association's, owed where the municipality asks for one, not a duty under R14: its key
-- lost the rule id (ObligationKeys.grantFollowUp).
update obligation_record set obligation_key = substr(obligation_key, 5)
    where obligation_key like 'R14/grant-follow-up/%';
