-- Omvärld, schema version 5.2: after V5_1 gave every stored committee its id, and turned every project's committee
-- name into that id, the ids are required, unique in their municipality and of the committee id form; an
-- administration refers to its committee by id.

alter table municipality_committee alter column committee_id set not null;
alter table municipality_committee add constraint municipality_committee_id_uk unique (municipality_code, committee_id);
alter table municipality_committee add constraint municipality_committee_id_ck check (char_length(committee_id) between 1 and 120
        and committee_id not like '-%' and committee_id not like '%-' and committee_id not like '%--%'
        and replace(replace(translate(committee_id, 'bcdefghijklmnopqrstuvwxyz0123456789',
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), 'a', ''), '-', '') = '');

update municipality_administration set committee_id = (select c.committee_id from municipality_committee c
    where c.municipality_code = municipality_administration.municipality_code
    and c.name = municipality_administration.committee);
alter table municipality_administration drop constraint municipality_administration_committee_fk;
alter table municipality_administration drop column committee;
alter table municipality_administration alter column committee_id set not null;
alter table municipality_administration add constraint municipality_administration_committee_fk
    foreign key (municipality_code, committee_id) references municipality_committee (municipality_code, committee_id);

-- A project's committee is the id of the committee above its owning unit (no foreign key, as before: a committee's
-- row is rewritten whenever its municipality is saved).
alter table project alter column committee set data type varchar(120);
alter table project add constraint project_committee_ck check (char_length(committee) between 1 and 120
        and committee not like '-%' and committee not like '%-' and committee not like '%--%'
        and replace(replace(translate(committee, 'bcdefghijklmnopqrstuvwxyz0123456789',
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), 'a', ''), '-', '') = '');
