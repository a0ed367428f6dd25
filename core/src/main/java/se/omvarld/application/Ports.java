package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.port.AuditTrail;
import se.omvarld.port.Clock;
import se.omvarld.port.CommandValidator;
import se.omvarld.port.CountryAssessments;
import se.omvarld.port.ExchangeRates;
import se.omvarld.port.FundingRepository;
import se.omvarld.port.GrantRepository;
import se.omvarld.port.IdGenerator;
import se.omvarld.port.MunicipalityRepository;
import se.omvarld.port.ObligationRecordRepository;
import se.omvarld.port.PartnerRepository;
import se.omvarld.port.PartnershipRepository;
import se.omvarld.port.Profiles;
import se.omvarld.port.ProjectRepository;
import se.omvarld.port.Transactions;
import se.omvarld.port.VisitRepository;

/** Everything the use cases need from outside the core; the composition root fills it in. */
public record Ports(MunicipalityRepository municipalities, PartnerRepository partners,
        PartnershipRepository partnerships, ProjectRepository projects, FundingRepository funding,
        GrantRepository grants, VisitRepository visits, ObligationRecordRepository obligations, AuditTrail audit,
        Transactions transactions, Clock clock, IdGenerator ids, Profiles profiles,
        CountryAssessments countryAssessments, ExchangeRates exchangeRates, CommandValidator validator) {

    public Ports {
        checkNotNull(municipalities, "municipalities");
        checkNotNull(partners, "partners");
        checkNotNull(partnerships, "partnerships");
        checkNotNull(projects, "projects");
        checkNotNull(funding, "funding");
        checkNotNull(grants, "grants");
        checkNotNull(visits, "visits");
        checkNotNull(obligations, "obligations");
        checkNotNull(audit, "audit");
        checkNotNull(transactions, "transactions");
        checkNotNull(clock, "clock");
        checkNotNull(ids, "ids");
        checkNotNull(profiles, "profiles");
        checkNotNull(countryAssessments, "countryAssessments");
        checkNotNull(exchangeRates, "exchangeRates");
        checkNotNull(validator, "validator");
    }
}
