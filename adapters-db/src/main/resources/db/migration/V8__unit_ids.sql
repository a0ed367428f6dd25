-- Omvärld, schema version 8 (with 8.1, a Java migration, and 8.2): units get a stable id, as committees did in
-- version 5, and a project refers to its owning unit by that id, so that a unit renamed keeps its projects. The
-- conventions of V1 apply.
--
-- A unit id (UnitId) has the form of a committee id: lower-case letters and digits in '-'-separated words, at most
-- 120 characters (checked in V8_2 as V5 checks committee ids). The ids of units stored before this version are made
-- in V8_1 by the domain's own Unit.named, which SQL cannot compute (diacritics dropped, a hash of the name where two
-- names collide); V8_1 also turns each project's owning unit, stored by name until now, into that unit's id.

-- Filled by V8_1, then required and unique in V8_2.
alter table municipality_unit add column unit_id varchar(120);
