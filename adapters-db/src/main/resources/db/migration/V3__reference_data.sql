-- Omvärld, schema version 3: reference data shared by every municipality, loaded from the files under
-- /reference by ReferenceDataImport. Not a municipality's record, so these two tables alone carry no
-- municipality_code: they are read by every tenant and written only by the import.

-- ("year" and "day" are reserved words in H2, hence assessed_year and fixing_day.)

-- V-Dem's Regimes of the World class per country and year: the country assessments rule R2 consults.
create table country_assessment (
    country char(2)      not null,
    assessed_year integer   not null,
    regime  smallint     not null,
    source  varchar(200) not null,
    constraint country_assessment_pk primary key (country, assessed_year),
    constraint country_assessment_country_ck check (upper(country) = country and char_length(country) = 2),
    constraint country_assessment_year_ck check (assessed_year between 1900 and 2200),
    constraint country_assessment_regime_ck check (regime between 0 and 3),
    constraint country_assessment_source_ck check (char_length(trim(source)) > 0)
);

-- The ECB's euro reference rates: units of a currency per 1 EUR on a business day.
create table exchange_rate (
    currency       char(3)        not null,
    fixing_day     date           not null,
    units_per_euro numeric(19, 6) not null,
    source         varchar(200)   not null,
    constraint exchange_rate_pk primary key (currency, fixing_day),
    constraint exchange_rate_currency_ck check (upper(currency) = currency and char_length(currency) = 3),
    constraint exchange_rate_rate_ck check (units_per_euro > 0),
    constraint exchange_rate_source_ck check (char_length(trim(source)) > 0)
);
