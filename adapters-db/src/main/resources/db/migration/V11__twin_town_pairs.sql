-- Omvärld, schema version 11: Sweden's twin towns as national reference data (TwinTownPair, the TwinTownDirectory
-- port): a Swedish municipality and a town with its ISO 3166-1 alpha-2 country, as the last national import took
-- them. A pair is identified by the municipality, the town's name folded (no accents, case or punctuation: the
-- domain's Folding.key) and the country; the name as the list spells it is kept beside the key. A twin town that is a
-- second Swedish municipality carries its code, and the pair is held once, under the lower code.
--
-- The municipality code leads the key, as in every table, but has no foreign key: the list names all of Sweden's
-- municipalities, not only those whose register this database keeps. The names carry no version: an import replaces
-- the list, adding and removing rows, and never updates one.

create table twin_town_pair (
    municipality_code      char(4)       not null,
    town_key               varchar(1200) not null,
    country                char(2)       not null,
    municipality_name      varchar(300)  not null,
    town                   varchar(300)  not null,
    town_municipality_code char(4),
    constraint twin_town_pair_pk primary key (municipality_code, town_key, country),
    constraint twin_town_pair_municipality_ck check (municipality_code between '0001' and '9999'),
    constraint twin_town_pair_country_ck check (upper(country) = country and char_length(country) = 2),
    constraint twin_town_pair_town_key_ck check (char_length(trim(town_key)) > 0),
    constraint twin_town_pair_municipality_name_ck check (char_length(trim(municipality_name)) > 0),
    constraint twin_town_pair_town_ck check (char_length(trim(town)) > 0),
    -- A town in Sweden is one of its municipalities, held under the lower code; only such a town has a code.
    constraint twin_town_pair_swedish_town_ck check ((country = 'SE' and town_municipality_code > municipality_code)
        or (country <> 'SE' and town_municipality_code is null))
);
