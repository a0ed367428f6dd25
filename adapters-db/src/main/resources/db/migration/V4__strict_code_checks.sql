-- Omvärld, schema version 4: country and currency codes are checked letter by letter. The checks of versions 1-3
-- ("between 'AA' and 'ZZ'", "upper(x) = x") let 'Az' or 'B1' through. translate maps every capital letter to 'A'
-- (portable between H2 and PostgreSQL, where regular expressions are not), so only capitals of the right length
-- pass. Which codes exist is the domain's to say (CountryCode, java.util.Currency); this is the second line.

alter table partner drop constraint partner_country_ck;
alter table partner add constraint partner_country_ck
    check (translate(country, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AA');

alter table partnership drop constraint partnership_country_ck;
alter table partnership add constraint partnership_country_ck
    check (translate(country, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AA');

alter table project_country drop constraint project_country_country_ck;
alter table project_country add constraint project_country_country_ck
    check (translate(country, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AA');

alter table funding_programme drop constraint funding_programme_currency_ck;
alter table funding_programme add constraint funding_programme_currency_ck
    check (translate(currency, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AAA');

alter table project drop constraint project_budget_currency_ck;
alter table project add constraint project_budget_currency_ck
    check (translate(budget_total_currency, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AAA'
        and translate(budget_external_currency, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AAA'
        and translate(budget_own_currency, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AAA');

alter table country_assessment drop constraint country_assessment_country_ck;
alter table country_assessment add constraint country_assessment_country_ck
    check (translate(country, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AA');

alter table exchange_rate drop constraint exchange_rate_currency_ck;
alter table exchange_rate add constraint exchange_rate_currency_ck
    check (translate(currency, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'AAAAAAAAAAAAAAAAAAAAAAAAAA') = 'AAA');
