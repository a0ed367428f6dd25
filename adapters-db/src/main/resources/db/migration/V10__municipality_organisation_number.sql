-- Omvärld, schema version 10: a municipality's organisation number (organisationsnummer, OrganisationNumber), what
-- identifies it to registers abroad, e.g. as IATI's reporting organisation SE-ON-<number>. Optional: the register
-- has none for a municipality until someone records it. Kept as its ten digits without the hyphen; the domain checks
-- the Luhn digit, the database that it is ten digits of a municipality's series (212000…).

alter table municipality add column organisation_number char(10);
alter table municipality add constraint municipality_organisation_number_ck check (organisation_number is null
    or (translate(organisation_number, '0123456789', 'dddddddddd') = 'dddddddddd'
        and substring(organisation_number, 1, 6) = '212000'));
