package se.omvarld.adapter.report.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Committee;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.OrganisationNumber;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectKind;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.CountryCode;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.PartnerId;

/**
 * A municipality's projects as an IATI 2.03 activity file ({@code <iati-activities version="2.03">}), valid against
 * the IATI activity schema. The municipality reports as {@code SE-ON-<organisationsnummer>}, type 11 (Local
 * Government); each project is the activity {@code SE-ON-<organisationsnummer>-<project id>}.
 *
 * <p>It publishes what the register holds and nothing it would have to guess: dates are the days the project
 * started (actual start) and was completed, rejected or withdrawn (actual end), since the register keeps no planned
 * dates; a project with neither (one not yet started) is left out and listed as skipped, because an activity needs
 * a date. A budget needs a period, so the project's budget is published only once both its start and end are known;
 * the funder's grant is an incoming commitment on the day the project was granted. Amounts of zero (the register's
 * "not known") are not published. Text from the register is Swedish ({@code xml:lang="sv"}).
 */
public final class IatiActivities {

    /** The IATI standard version written. */
    public static final String VERSION = "2.03";

    private static final String LANGUAGE = "sv";
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private IatiActivities() {
    }

    /**
     * The IATI file of the projects of {@code register} that {@code selection} takes, generated at
     * {@code generatedAt}; or a refusal when the municipality has no organisation number or no selected project can
     * be published. Served as {@link IatiExport#MEDIA_TYPE}.
     */
    public static IatiExport write(Register register, IatiSelection selection, Instant generatedAt) {
        checkNotNull(register, "register is required");
        checkNotNull(selection, "selection is required");
        checkNotNull(generatedAt, "generatedAt is required");
        Municipality municipality = register.municipality();
        Optional<OrganisationNumber> number = municipality.organisationNumber();
        if (number.isEmpty()) {
            return new IatiExport.Refused(municipality.name() + " has no organisation number in the register: IATI"
                    + " names the reporting organisation by it (" + IatiCodes.SWEDISH_ORGANISATION_NUMBER_AGENCY
                    + "-<organisationsnummer>). Record the organisation number first.", ImmutableList.of());
        }
        List<Project> publishable = new ArrayList<>();
        ImmutableList.Builder<IatiExport.Skipped> skipped = ImmutableList.builder();
        for (Project project : register.projects()) {
            if (!selection.selects(project.programme().flatMap(register::programme))) {
                continue;
            }
            if (actualStart(project).isEmpty() && actualEnd(project).isEmpty()) {
                skipped.add(new IatiExport.Skipped(project.id(), project.title(), "it has neither started nor ended,"
                        + " and the register keeps no planned dates: an IATI activity needs at least one date"));
            } else {
                publishable.add(project);
            }
        }
        if (publishable.isEmpty()) {
            return new IatiExport.Refused("none of " + municipality.name() + "'s " + selection.describe()
                    + " can be published: an IATI file holds at least one activity, and an activity needs a start or"
                    + " end date", skipped.build());
        }
        String reportingOrg = IatiCodes.SWEDISH_ORGANISATION_NUMBER_AGENCY + "-" + number.get().value();
        try {
            byte[] xml = new Writer(register, reportingOrg).document(publishable, generatedAt);
            return new IatiExport.Written(xml, publishable.stream().map(Project::id)
                    .collect(ImmutableList.toImmutableList()), skipped.build());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI file could not be written", e);
        }
    }

    private static Optional<LocalDate> actualStart(Project project) {
        return project.reached(ProjectStatus.RUNNING);
    }

    /** The day it was completed, or the day it was rejected or withdrawn. */
    private static Optional<LocalDate> actualEnd(Project project) {
        Optional<LocalDate> completed = project.reached(ProjectStatus.COMPLETED);
        if (completed.isPresent()) {
            return completed;
        }
        ProjectStatus status = project.status();
        return status == ProjectStatus.REJECTED || status == ProjectStatus.WITHDRAWN
                ? Optional.of(project.lastStepOn()) : Optional.empty();
    }

    /** {@code n} percentages summing to exactly 100, each to two decimals, the last taking the rounding's rest. */
    static List<BigDecimal> shares(int n) {
        BigDecimal each = HUNDRED.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            shares.add(each);
        }
        shares.add(HUNDRED.subtract(each.multiply(BigDecimal.valueOf(n - 1))));
        return shares;
    }

    private static String percentage(BigDecimal share) {
        return share.stripTrailingZeros().toPlainString();
    }

    private static String kind(ProjectKind kind) {
        switch (kind) {
            case PRE_STUDY:
                return "Förstudie";
            case EXCHANGE:
                return "Utbyte";
            default:
                return "Projekt";
        }
    }

    /** One document: StAX, indented by hand (the JDK's writer does not indent). */
    private static final class Writer {
        private final Register register;
        private final Municipality municipality;
        private final String reportingOrg;
        private XMLStreamWriter xml;
        private int depth;

        Writer(Register register, String reportingOrg) {
            this.register = register;
            this.municipality = register.municipality();
            this.reportingOrg = reportingOrg;
        }

        byte[] document(List<Project> projects, Instant generatedAt) throws XMLStreamException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            start("iati-activities");
            xml.writeAttribute("version", VERSION);
            xml.writeAttribute("generated-datetime",
                    DateTimeFormatter.ISO_INSTANT.format(generatedAt.truncatedTo(ChronoUnit.SECONDS)));
            for (Project project : projects) {
                activity(project);
            }
            end();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return out.toByteArray();
        }

        private void activity(Project project) throws XMLStreamException {
            Optional<FundingProgramme> programme = project.programme().flatMap(register::programme);
            start("iati-activity");
            lang(LANGUAGE);
            text("iati-identifier", reportingOrg + "-" + project.id());
            start("reporting-org");
            xml.writeAttribute("ref", reportingOrg);
            xml.writeAttribute("type", IatiCodes.LOCAL_GOVERNMENT);
            narrative(municipality.name(), Optional.empty());
            end();
            start("title");
            narrative(project.title(), Optional.of(LANGUAGE));
            end();
            description(IatiCodes.GENERAL, kind(project.kind()) + " som " + municipality.unitName(project.owningUnit())
                    + " i " + municipality.name() + " äger, under " + committee(project) + ".");
            if (!project.goals().isEmpty()) {
                description(IatiCodes.OBJECTIVES, String.join(" ", project.goals()));
            }
            participants(project, programme);
            empty("activity-status", "code", IatiCodes.activityStatus(project.status()));
            Optional<LocalDate> started = actualStart(project);
            Optional<LocalDate> ended = actualEnd(project);
            if (started.isPresent()) {
                empty("activity-date", "type", IatiCodes.ACTUAL_START, "iso-date", started.get().toString());
            }
            if (ended.isPresent()) {
                empty("activity-date", "type", IatiCodes.ACTUAL_END, "iso-date", ended.get().toString());
            }
            List<CountryCode> countries = List.copyOf(project.countries());
            List<BigDecimal> countryShares = countries.isEmpty() ? List.of() : shares(countries.size());
            for (int i = 0; i < countries.size(); i++) {
                empty("recipient-country", "code", countries.get(i).value(), "percentage",
                        percentage(countryShares.get(i)));
            }
            Set<String> sectors = new LinkedHashSet<>();
            for (Area area : project.areas()) {
                sectors.add(IatiCodes.sector(area));
            }
            List<String> sectorCodes = List.copyOf(sectors);
            List<BigDecimal> sectorShares = sectorCodes.isEmpty() ? List.of() : shares(sectorCodes.size());
            for (int i = 0; i < sectorCodes.size(); i++) {
                empty("sector", "vocabulary", IatiCodes.DAC_3_DIGIT, "code", sectorCodes.get(i), "percentage",
                        percentage(sectorShares.get(i)));
            }
            Money total = project.budget().total();
            if (started.isPresent() && ended.isPresent() && total.isPositive()) {
                start("budget");
                xml.writeAttribute("type", IatiCodes.ORIGINAL);
                xml.writeAttribute("status", IatiCodes.INDICATIVE);
                empty("period-start", "iso-date", started.get().toString());
                empty("period-end", "iso-date", ended.get().toString());
                value(total, started.get());
                end();
            }
            Optional<LocalDate> granted = project.reached(ProjectStatus.GRANTED);
            Money grant = project.budget().externalFunding();
            if (granted.isPresent() && programme.isPresent() && grant.isPositive()) {
                transaction(programme.get(), grant, granted.get());
            }
            end();
        }

        private String committee(Project project) {
            return municipality.committee(project.committee()).map(Committee::name)
                    .orElse(project.committee().value());
        }

        private void participants(Project project, Optional<FundingProgramme> programme) throws XMLStreamException {
            if (programme.isPresent()) {
                organisation(IatiCodes.FUNDING, Optional.empty(), IatiCodes.funderType(programme.get().source()),
                        programme.get().funder());
            }
            if (programme.isEmpty() || project.budget().ownContribution().isPositive()) {
                organisation(IatiCodes.FUNDING, Optional.of(reportingOrg), IatiCodes.LOCAL_GOVERNMENT,
                        municipality.name());
            }
            organisation(IatiCodes.ACCOUNTABLE, Optional.of(reportingOrg), IatiCodes.LOCAL_GOVERNMENT,
                    municipality.name());
            organisation(IatiCodes.EXTENDING, Optional.of(reportingOrg), IatiCodes.LOCAL_GOVERNMENT,
                    committee(project) + ", " + municipality.name());
            organisation(IatiCodes.IMPLEMENTING, Optional.of(reportingOrg), IatiCodes.LOCAL_GOVERNMENT,
                    municipality.unitName(project.owningUnit()) + ", " + municipality.name());
            for (PartnerId partnerId : project.partners()) {
                Optional<Partner> partner = register.partner(partnerId);
                if (partner.isPresent()) {
                    organisation(IatiCodes.IMPLEMENTING, Optional.empty(),
                            IatiCodes.partnerType(partner.get().kind()), partner.get().name());
                }
            }
        }

        private void organisation(String role, Optional<String> ref, String type, String name)
                throws XMLStreamException {
            start("participating-org");
            if (ref.isPresent()) {
                xml.writeAttribute("ref", ref.get());
            }
            xml.writeAttribute("type", type);
            xml.writeAttribute("role", role);
            narrative(name, Optional.empty());
            end();
        }

        private void transaction(FundingProgramme programme, Money grant, LocalDate granted)
                throws XMLStreamException {
            start("transaction");
            empty("transaction-type", "code", IatiCodes.INCOMING_COMMITMENT);
            empty("transaction-date", "iso-date", granted.toString());
            value(grant, granted);
            start("description");
            narrative("Beviljat stöd från " + programme.name(), Optional.of(LANGUAGE));
            end();
            start("provider-org");
            xml.writeAttribute("type", IatiCodes.funderType(programme.source()));
            narrative(programme.funder(), Optional.empty());
            end();
            start("receiver-org");
            xml.writeAttribute("ref", reportingOrg);
            xml.writeAttribute("type", IatiCodes.LOCAL_GOVERNMENT);
            narrative(municipality.name(), Optional.empty());
            end();
            end();
        }

        private void description(String type, String text) throws XMLStreamException {
            start("description");
            xml.writeAttribute("type", type);
            narrative(text, Optional.of(LANGUAGE));
            end();
        }

        private void value(Money money, LocalDate valueDate) throws XMLStreamException {
            indent();
            xml.writeStartElement("value");
            xml.writeAttribute("currency", money.currency().getCurrencyCode());
            xml.writeAttribute("value-date", valueDate.toString());
            xml.writeCharacters(money.amount().toPlainString());
            xml.writeEndElement();
        }

        private void narrative(String text, Optional<String> language) throws XMLStreamException {
            indent();
            xml.writeStartElement("narrative");
            if (language.isPresent()) {
                lang(language.get());
            }
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void lang(String language) throws XMLStreamException {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
        }

        private void text(String name, String text) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void empty(String name, String... attributes) throws XMLStreamException {
            indent();
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }

        private void start(String name) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            depth++;
        }

        private void end() throws XMLStreamException {
            depth--;
            indent();
            xml.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
