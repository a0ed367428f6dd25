-- Omvärld, schema version 9: the register version of each municipality, which changes with every change to any
-- record of its register (every aggregate save, obligation records and reported figures included: Store.saveRoot
-- raises it in the transaction of the save). Equal versions mean an equal register, so a reader may keep a register
-- it loaded and reuse it while the version stays the same (RegisterUseCases). It is a counter, not a timestamp or a
-- sequence value: a sequence hands out numbers in the order transactions begin, not in the order they commit, so a
-- slower writer could commit a change under a number a reader had already seen.
--
-- A row per municipality; a municipality stored before this version starts at 1.

create table register_version (
    municipality_code char(4) not null,
    version           bigint  not null,
    constraint register_version_pk primary key (municipality_code),
    constraint register_version_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint register_version_version_ck check (version >= 1)
);

insert into register_version (municipality_code, version) select code, 1 from municipality;
