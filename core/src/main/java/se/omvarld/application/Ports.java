package se.omvarld.application;

import static com.google.common.base.Preconditions.checkNotNull;

import se.omvarld.port.ApiTokenRepository;
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
import se.omvarld.port.ReportedFiguresRepository;
import se.omvarld.port.Transactions;
import se.omvarld.port.VisitReports;
import se.omvarld.port.VisitRepository;

/**
 * Everything the use cases need from outside the core; the composition root fills it in with {@link #builder()},
 * naming each port, so that two ports of the same shape can never be swapped by position. Every port is required.
 */
public final class Ports {

    private final MunicipalityRepository municipalities;
    private final PartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final ProjectRepository projects;
    private final FundingRepository funding;
    private final GrantRepository grants;
    private final VisitRepository visits;
    private final VisitReports visitReports;
    private final ObligationRecordRepository obligations;
    private final ReportedFiguresRepository reportedFigures;
    private final ApiTokenRepository tokens;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final Profiles profiles;
    private final CountryAssessments countryAssessments;
    private final ExchangeRates exchangeRates;
    private final CommandValidator validator;

    private Ports(Builder b) {
        this.municipalities = checkNotNull(b.municipalities, "the municipalities port is required");
        this.partners = checkNotNull(b.partners, "the partners port is required");
        this.partnerships = checkNotNull(b.partnerships, "the partnerships port is required");
        this.projects = checkNotNull(b.projects, "the projects port is required");
        this.funding = checkNotNull(b.funding, "the funding port is required");
        this.grants = checkNotNull(b.grants, "the grants port is required");
        this.visits = checkNotNull(b.visits, "the visits port is required");
        this.visitReports = checkNotNull(b.visitReports, "the visitReports port is required");
        this.obligations = checkNotNull(b.obligations, "the obligations port is required");
        this.reportedFigures = checkNotNull(b.reportedFigures, "the reportedFigures port is required");
        this.tokens = checkNotNull(b.tokens, "the tokens port is required");
        this.audit = checkNotNull(b.audit, "the audit port is required");
        this.transactions = checkNotNull(b.transactions, "the transactions port is required");
        this.clock = checkNotNull(b.clock, "the clock port is required");
        this.ids = checkNotNull(b.ids, "the ids port is required");
        this.profiles = checkNotNull(b.profiles, "the profiles port is required");
        this.countryAssessments = checkNotNull(b.countryAssessments, "the countryAssessments port is required");
        this.exchangeRates = checkNotNull(b.exchangeRates, "the exchangeRates port is required");
        this.validator = checkNotNull(b.validator, "the validator port is required");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these ports, e.g. to replace one of them in a test. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.municipalities = municipalities;
        b.partners = partners;
        b.partnerships = partnerships;
        b.projects = projects;
        b.funding = funding;
        b.grants = grants;
        b.visits = visits;
        b.visitReports = visitReports;
        b.obligations = obligations;
        b.reportedFigures = reportedFigures;
        b.tokens = tokens;
        b.audit = audit;
        b.transactions = transactions;
        b.clock = clock;
        b.ids = ids;
        b.profiles = profiles;
        b.countryAssessments = countryAssessments;
        b.exchangeRates = exchangeRates;
        b.validator = validator;
        return b;
    }

    public MunicipalityRepository municipalities() {
        return municipalities;
    }

    public PartnerRepository partners() {
        return partners;
    }

    public PartnershipRepository partnerships() {
        return partnerships;
    }

    public ProjectRepository projects() {
        return projects;
    }

    public FundingRepository funding() {
        return funding;
    }

    public GrantRepository grants() {
        return grants;
    }

    public VisitRepository visits() {
        return visits;
    }

    public VisitReports visitReports() {
        return visitReports;
    }

    public ObligationRecordRepository obligations() {
        return obligations;
    }

    public ReportedFiguresRepository reportedFigures() {
        return reportedFigures;
    }

    /** The API tokens: their hashes, roles and revocations, never a secret. */
    public ApiTokenRepository tokens() {
        return tokens;
    }

    public AuditTrail audit() {
        return audit;
    }

    public Transactions transactions() {
        return transactions;
    }

    public Clock clock() {
        return clock;
    }

    public IdGenerator ids() {
        return ids;
    }

    public Profiles profiles() {
        return profiles;
    }

    public CountryAssessments countryAssessments() {
        return countryAssessments;
    }

    public ExchangeRates exchangeRates() {
        return exchangeRates;
    }

    public CommandValidator validator() {
        return validator;
    }

    /** Names every port; {@link #build()} refuses a missing one. */
    public static final class Builder {

        private MunicipalityRepository municipalities;
        private PartnerRepository partners;
        private PartnershipRepository partnerships;
        private ProjectRepository projects;
        private FundingRepository funding;
        private GrantRepository grants;
        private VisitRepository visits;
        private VisitReports visitReports;
        private ObligationRecordRepository obligations;
        private ReportedFiguresRepository reportedFigures;
        private ApiTokenRepository tokens;
        private AuditTrail audit;
        private Transactions transactions;
        private Clock clock;
        private IdGenerator ids;
        private Profiles profiles;
        private CountryAssessments countryAssessments;
        private ExchangeRates exchangeRates;
        private CommandValidator validator;

        private Builder() {
        }

        public Builder municipalities(MunicipalityRepository port) {
            this.municipalities = port;
            return this;
        }

        public Builder partners(PartnerRepository port) {
            this.partners = port;
            return this;
        }

        public Builder partnerships(PartnershipRepository port) {
            this.partnerships = port;
            return this;
        }

        public Builder projects(ProjectRepository port) {
            this.projects = port;
            return this;
        }

        public Builder funding(FundingRepository port) {
            this.funding = port;
            return this;
        }

        public Builder grants(GrantRepository port) {
            this.grants = port;
            return this;
        }

        public Builder visits(VisitRepository port) {
            this.visits = port;
            return this;
        }

        public Builder visitReports(VisitReports port) {
            this.visitReports = port;
            return this;
        }

        public Builder obligations(ObligationRecordRepository port) {
            this.obligations = port;
            return this;
        }

        public Builder reportedFigures(ReportedFiguresRepository port) {
            this.reportedFigures = port;
            return this;
        }

        public Builder tokens(ApiTokenRepository port) {
            this.tokens = port;
            return this;
        }

        public Builder audit(AuditTrail port) {
            this.audit = port;
            return this;
        }

        public Builder transactions(Transactions port) {
            this.transactions = port;
            return this;
        }

        public Builder clock(Clock port) {
            this.clock = port;
            return this;
        }

        public Builder ids(IdGenerator port) {
            this.ids = port;
            return this;
        }

        public Builder profiles(Profiles port) {
            this.profiles = port;
            return this;
        }

        public Builder countryAssessments(CountryAssessments port) {
            this.countryAssessments = port;
            return this;
        }

        public Builder exchangeRates(ExchangeRates port) {
            this.exchangeRates = port;
            return this;
        }

        public Builder validator(CommandValidator port) {
            this.validator = port;
            return this;
        }

        public Ports build() {
            return new Ports(this);
        }
    }
}
