-- Omvärld, schema version 8.2: after V8_1 gave every stored unit its id, and turned every project's owning unit name
-- into that id, the ids are required, unique in their municipality and of the unit id form.

alter table municipality_unit alter column unit_id set not null;
alter table municipality_unit add constraint municipality_unit_id_uk unique (municipality_code, unit_id);
alter table municipality_unit add constraint municipality_unit_id_ck check (char_length(unit_id) between 1 and 120
        and unit_id not like '-%' and unit_id not like '%-' and unit_id not like '%--%'
        and replace(replace(translate(unit_id, 'bcdefghijklmnopqrstuvwxyz0123456789',
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), 'a', ''), '-', '') = '');

-- A project's owning unit is the unit's id (no foreign key, as for its committee: a unit's row is rewritten whenever
-- its municipality is saved).
alter table project alter column owning_unit set data type varchar(120);
alter table project add constraint project_owning_unit_ck check (char_length(owning_unit) between 1 and 120
        and owning_unit not like '-%' and owning_unit not like '%-' and owning_unit not like '%--%'
        and replace(replace(translate(owning_unit, 'bcdefghijklmnopqrstuvwxyz0123456789',
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'), 'a', ''), '-', '') = '');
