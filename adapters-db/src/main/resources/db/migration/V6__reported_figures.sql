-- Omvärld, schema version 6: the figures a municipality reported for earlier years, before or outside Omvärld
-- (ReportedFigures: Lidköping's web page reports 98 international activities and 1.8 million kronor of external
-- funding for 2015). Shown beside the statistics computed from the register, never added to them. At most one set per
-- municipality and year; a correction replaces it (optimistic version as for every aggregate root).
--
-- The checks mirror the domain's: a year from 1900 (ReportedFigures.FIRST_YEAR) to 9999, counts and amounts never
-- negative, amounts in kronor only, a source that is not blank. ("year" is a reserved word in H2, hence
-- reported_year.)

create table reported_figures (
    municipality_code         char(4)        not null,
    reported_year             integer        not null,
    activities                integer        not null,
    external_funding          numeric(19, 2) not null,
    external_funding_currency char(3)        not null,
    source                    varchar(4000)  not null,
    version                   bigint         not null,
    constraint reported_figures_pk primary key (municipality_code, reported_year),
    constraint reported_figures_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint reported_figures_year_ck check (reported_year between 1900 and 9999),
    constraint reported_figures_activities_ck check (activities >= 0),
    constraint reported_figures_external_funding_ck check (external_funding >= 0),
    constraint reported_figures_currency_ck check (external_funding_currency = 'SEK'),
    constraint reported_figures_source_ck check (char_length(trim(source)) > 0),
    constraint reported_figures_version_ck check (version >= 1)
);
