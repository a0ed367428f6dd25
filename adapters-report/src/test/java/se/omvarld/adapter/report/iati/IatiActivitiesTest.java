package se.omvarld.adapter.report.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import se.omvarld.application.demo.LidkopingRegister;
import se.omvarld.domain.Examples;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.municipality.OrganisationNumber;
import se.omvarld.domain.partner.Partner;
import se.omvarld.domain.project.Budget;
import se.omvarld.domain.project.Project;
import se.omvarld.domain.project.ProjectStatus;
import se.omvarld.domain.project.ProjectStep;
import se.omvarld.domain.register.Register;
import se.omvarld.domain.shared.Area;
import se.omvarld.domain.shared.FundingSource;
import se.omvarld.domain.shared.Money;
import se.omvarld.domain.shared.MunicipalityCode;

/**
 * Every export validates against the IATI 2.03 activity schema, and what it says is read back with XPath (the writer
 * uses StAX) and compared with what the test works out from the register itself.
 */
class IatiActivitiesTest {

    /** A number with a correct check digit in the municipalities' series, for tests only: no municipality's claimed. */
    private static final OrganisationNumber NUMBER = OrganisationNumber.parse("212000-9994");
    private static final String REPORTING_ORG = "SE-ON-2120009994";
    private static final Instant GENERATED = Instant.parse("2026-12-07T13:00:00.123Z");
    private static final MunicipalityCode CODE = MunicipalityCode.of("1494");
    private static final Schema SCHEMA = schema();
    /** xml:lang, without a namespace context for XPath. */
    private static final String XML_LANG = "@*[local-name()='lang' and namespace-uri()="
            + "'http://www.w3.org/XML/1998/namespace']";

    private static Schema schema() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(IatiActivitiesTest.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates the file against the schema (an invalid one fails the test) and parses it for XPath. */
    private static Document valid(IatiExport export) throws Exception {
        assertThat(export).isInstanceOf(IatiExport.Written.class);
        byte[] xml = ((IatiExport.Written) export).xml();
        SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document doc, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        return (String) xpath.evaluate(expression, doc, XPathConstants.STRING);
    }

    private static List<String> all(Document doc, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList nodes = (NodeList) xpath.evaluate(expression, doc, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static String activity(Project project) {
        return "//iati-activity[iati-identifier='" + REPORTING_ORG + "-" + project.id() + "']";
    }

    private static Register lidkoping() {
        Register demo = LidkopingRegister.register();
        return new Register(demo.municipality().identifiedBy(NUMBER).value(), demo.partners(), demo.partnerships(),
                demo.projects(), demo.programmes(), demo.calls(), demo.grants(), demo.visits(),
                demo.obligationRecords());
    }

    private static Municipality municipality() {
        return Examples.municipality(CODE).identifiedBy(NUMBER).value();
    }

    private static Register register(List<Project> projects, List<FundingProgramme> programmes,
            List<Partner> partners) {
        return new Register(municipality(), ImmutableList.copyOf(partners), ImmutableList.of(),
                ImmutableList.copyOf(projects), ImmutableList.copyOf(programmes), ImmutableList.of(),
                ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    }

    /** A project taken along {@code path} from its idea, one step a month from 1 February 2024. */
    private static Project along(Project idea, ProjectStatus... path) {
        List<ProjectStep> steps = new ArrayList<>();
        ProjectStatus from = ProjectStatus.IDEA;
        LocalDate day = LocalDate.of(2024, 2, 1);
        for (ProjectStatus to : path) {
            steps.add(new ProjectStep(from, to, day, Optional.empty()));
            from = to;
            day = day.plusMonths(1);
        }
        return idea.toBuilder().status(from, steps).build();
    }

    // ------------------------------------------------------------------------------------------- Lidköping's demo

    @Test
    void a_municipality_without_an_organisation_number_is_refused_with_the_reason() {
        IatiExport export = IatiActivities.write(LidkopingRegister.register(), IatiSelection.all(), GENERATED);

        assertThat(export).isInstanceOfSatisfying(IatiExport.Refused.class, refused -> assertThat(refused.reason())
                .contains("Lidköping").contains("organisation number").contains("SE-ON"));
    }

    @Test
    void lidkopings_demo_register_validates_and_publishes_every_running_project() throws Exception {
        Register register = lidkoping();

        Document doc = valid(IatiActivities.write(register, IatiSelection.all(), GENERATED));

        assertThat(all(doc, "//iati-activity/iati-identifier")).containsExactlyElementsOf(register.projects().stream()
                .map(p -> REPORTING_ORG + "-" + p.id()).toList());
        assertThat(text(doc, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(doc, "/iati-activities/@generated-datetime")).isEqualTo("2026-12-07T13:00:00Z");
        assertThat(all(doc, "//iati-activity/reporting-org/@ref")).hasSize(5).containsOnly(REPORTING_ORG);
        assertThat(all(doc, "//iati-activity/reporting-org/@type")).containsOnly("11");
        assertThat(all(doc, "//iati-activity/reporting-org/narrative")).containsOnly("Lidköping");
        assertThat(all(doc, "//iati-activity/activity-status/@code")).hasSize(5).containsOnly("2");
        for (Project project : register.projects()) {
            String activity = activity(project);
            assertThat(text(doc, activity + "/title/narrative")).isEqualTo(project.title());
            assertThat(text(doc, activity + "/title/narrative/" + XML_LANG)).isEqualTo("sv");
            assertThat(all(doc, activity + "/activity-date/@type")).containsExactly("2");
            assertThat(text(doc, activity + "/activity-date/@iso-date"))
                    .isEqualTo(LidkopingRegister.PROJECTS_RUNNING_SINCE.toString());
            assertThat(all(doc, activity + "/recipient-country/@code")).containsExactlyInAnyOrderElementsOf(
                    project.countries().stream().map(c -> c.value()).toList());
            assertThat(all(doc, activity + "/budget")).as("the demo's budgets are not known").isEmpty();
            String funder = register.programme(project.programme().orElseThrow()).orElseThrow().funder();
            assertThat(all(doc, activity + "/participating-org[@role='1']/narrative")).containsExactly(funder);
        }
    }

    @Test
    void the_athena_exchange_is_the_only_one_a_selection_of_sida_funding_takes() throws Exception {
        Document doc = valid(IatiActivities.write(lidkoping(), IatiSelection.source(FundingSource.SIDA), GENERATED));

        assertThat(all(doc, "//iati-identifier")).containsExactly(REPORTING_ORG + "-"
                + LidkopingRegister.EXCHANGE_WITH_ZAMBIA);
        assertThat(all(doc, "//recipient-country/@code")).containsExactly("ZM");
        assertThat(all(doc, "//participating-org[@role='1']/@type")).containsExactly("10");
    }

    @Test
    void a_funder_is_selected_by_its_name_in_any_case() throws Exception {
        Document doc = valid(IatiActivities.write(lidkoping(), IatiSelection.funder("european commission"),
                GENERATED));

        assertThat(all(doc, "//iati-identifier")).containsExactlyInAnyOrder(
                REPORTING_ORG + "-" + LidkopingRegister.JOB_SHADOWING,
                REPORTING_ORG + "-" + LidkopingRegister.GREEN_BUILDING_SARSKOLAN_VUX);
    }

    @Test
    void a_selection_nothing_matches_is_refused_not_written_empty() {
        IatiExport export = IatiActivities.write(lidkoping(), IatiSelection.funder("ICLD"), GENERATED);

        assertThat(export).isInstanceOfSatisfying(IatiExport.Refused.class, refused -> {
            assertThat(refused.reason()).contains("ICLD").contains("at least one activity");
            assertThat(refused.skipped()).isEmpty();
        });
    }

    @Test
    void an_empty_register_is_refused_since_an_iati_file_holds_at_least_one_activity() {
        IatiExport export = IatiActivities.write(register(List.of(), List.of(), List.of()), IatiSelection.all(),
                GENERATED);

        assertThat(export).isInstanceOf(IatiExport.Refused.class);
    }

    // ----------------------------------------------------------------------------------------- hand-built registers

    @Test
    void every_status_has_its_activity_status_and_a_project_without_a_date_is_skipped_with_the_reason()
            throws Exception {
        Map<ProjectStatus, ProjectStatus[]> paths = new EnumMap<>(ProjectStatus.class);
        paths.put(ProjectStatus.IDEA, new ProjectStatus[0]);
        paths.put(ProjectStatus.APPROVAL_REQUESTED, new ProjectStatus[] {ProjectStatus.APPROVAL_REQUESTED});
        paths.put(ProjectStatus.APPROVED_FOR_APPLICATION, new ProjectStatus[] {ProjectStatus.APPROVAL_REQUESTED,
            ProjectStatus.APPROVED_FOR_APPLICATION});
        paths.put(ProjectStatus.APPLIED, new ProjectStatus[] {ProjectStatus.APPLIED});
        paths.put(ProjectStatus.GRANTED, new ProjectStatus[] {ProjectStatus.APPLIED, ProjectStatus.GRANTED});
        paths.put(ProjectStatus.REJECTED, new ProjectStatus[] {ProjectStatus.APPLIED, ProjectStatus.REJECTED});
        paths.put(ProjectStatus.WITHDRAWN, new ProjectStatus[] {ProjectStatus.WITHDRAWN});
        paths.put(ProjectStatus.RUNNING, new ProjectStatus[] {ProjectStatus.APPLIED, ProjectStatus.GRANTED,
            ProjectStatus.RUNNING});
        paths.put(ProjectStatus.COMPLETED, new ProjectStatus[] {ProjectStatus.APPLIED, ProjectStatus.GRANTED,
            ProjectStatus.RUNNING, ProjectStatus.COMPLETED});
        paths.put(ProjectStatus.FINAL_REPORT_SUBMITTED, new ProjectStatus[] {ProjectStatus.APPLIED,
            ProjectStatus.GRANTED, ProjectStatus.RUNNING, ProjectStatus.COMPLETED,
            ProjectStatus.FINAL_REPORT_SUBMITTED});
        // The ActivityStatus codelist: 2 implementation, 3 finalisation, 4 closed, 5 cancelled.
        Map<ProjectStatus, String> published = Map.of(ProjectStatus.RUNNING, "2", ProjectStatus.COMPLETED, "3",
                ProjectStatus.FINAL_REPORT_SUBMITTED, "4", ProjectStatus.REJECTED, "5", ProjectStatus.WITHDRAWN, "5");
        List<Project> projects = new ArrayList<>();
        for (Map.Entry<ProjectStatus, ProjectStatus[]> path : paths.entrySet()) {
            projects.add(along(Examples.project(CODE, "Projekt " + path.getKey()).idea(), path.getValue()));
        }

        IatiExport export = IatiActivities.write(register(projects, List.of(), List.of()), IatiSelection.all(),
                GENERATED);
        Document doc = valid(export);

        for (Project project : projects) {
            String code = published.get(project.status());
            if (code == null) {
                assertThat(all(doc, activity(project))).as("%s", project.status()).isEmpty();
            } else {
                assertThat(text(doc, activity(project) + "/activity-status/@code")).as("%s", project.status())
                        .isEqualTo(code);
            }
        }
        assertThat(((IatiExport.Written) export).skipped()).extracting(IatiExport.Skipped::title)
                .containsExactlyInAnyOrder("Projekt IDEA", "Projekt APPROVAL_REQUESTED",
                        "Projekt APPROVED_FOR_APPLICATION", "Projekt APPLIED", "Projekt GRANTED");
        assertThat(((IatiExport.Written) export).skipped()).allSatisfy(s -> assertThat(s.reason())
                .contains("neither started nor ended"));
    }

    @Test
    void the_dates_are_the_days_the_project_started_and_ended() throws Exception {
        Project completed = along(Examples.project(CODE, "Avslutat").idea(), ProjectStatus.APPLIED,
                ProjectStatus.GRANTED, ProjectStatus.RUNNING, ProjectStatus.COMPLETED);
        Project withdrawn = along(Examples.project(CODE, "Återkallat").idea(), ProjectStatus.APPLIED,
                ProjectStatus.WITHDRAWN);

        Document doc = valid(IatiActivities.write(register(List.of(completed, withdrawn), List.of(), List.of()),
                IatiSelection.all(), GENERATED));

        assertThat(text(doc, activity(completed) + "/activity-date[@type='2']/@iso-date")).isEqualTo("2024-04-01");
        assertThat(text(doc, activity(completed) + "/activity-date[@type='4']/@iso-date")).isEqualTo("2024-05-01");
        assertThat(all(doc, activity(withdrawn) + "/activity-date/@type")).containsExactly("4");
        assertThat(text(doc, activity(withdrawn) + "/activity-date/@iso-date")).isEqualTo("2024-03-01");
    }

    @Test
    void several_countries_and_sectors_share_exactly_one_hundred_percent() throws Exception {
        Project project = along(Examples.project(CODE, "Tre länder").countries("LT", "EE", "LV")
                .areas(Area.CULTURE, Area.HEALTH, Area.ENVIRONMENT, Area.ELDERLY_AND_DISABILITY_CARE).idea(),
                ProjectStatus.RUNNING);

        Document doc = valid(IatiActivities.write(register(List.of(project), List.of(), List.of()),
                IatiSelection.all(), GENERATED));

        assertThat(all(doc, "//recipient-country/@code")).containsExactlyInAnyOrder("LT", "EE", "LV");
        assertThat(all(doc, "//recipient-country/@percentage")).containsExactlyInAnyOrder("33.33", "33.33",
                "33.34");
        // Culture and elderly care are both DAC 160; health 121; environment 410.
        assertThat(all(doc, "//sector/@vocabulary")).containsOnly("2");
        assertThat(all(doc, "//sector/@code")).containsExactlyInAnyOrder("160", "121", "410");
        assertThat(all(doc, "//sector/@percentage").stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
    }

    @Test
    void the_budget_and_the_granted_funding_are_published_with_currency_and_value_date() throws Exception {
        FundingProgramme icld = Examples.programme(CODE, "ICLD kommunala partnerskap", "SEK", FundingSource.SIDA);
        Project project = along(Examples.project(CODE, "Demokrati i Kenya").countries("KE").programme(icld)
                .budget(new Budget(Money.sek("450000.50"), Money.sek("400000"), Money.sek("50000.50"))).idea(),
                ProjectStatus.APPLIED, ProjectStatus.GRANTED, ProjectStatus.RUNNING, ProjectStatus.COMPLETED,
                ProjectStatus.FINAL_REPORT_SUBMITTED);

        Document doc = valid(IatiActivities.write(register(List.of(project), List.of(icld), List.of()),
                IatiSelection.all(), GENERATED));

        String budget = activity(project) + "/budget";
        assertThat(text(doc, budget + "/period-start/@iso-date")).isEqualTo("2024-04-01");
        assertThat(text(doc, budget + "/period-end/@iso-date")).isEqualTo("2024-05-01");
        assertThat(new BigDecimal(text(doc, budget + "/value"))).isEqualByComparingTo("450000.50");
        assertThat(text(doc, budget + "/value/@currency")).isEqualTo("SEK");
        assertThat(text(doc, budget + "/value/@value-date")).isEqualTo("2024-04-01");
        String transaction = activity(project) + "/transaction";
        assertThat(all(doc, transaction)).hasSize(1);
        assertThat(text(doc, transaction + "/transaction-type/@code")).isEqualTo("11");
        assertThat(text(doc, transaction + "/transaction-date/@iso-date")).isEqualTo("2024-03-01");
        assertThat(new BigDecimal(text(doc, transaction + "/value"))).isEqualByComparingTo("400000");
        assertThat(text(doc, transaction + "/value/@value-date")).isEqualTo("2024-03-01");
        assertThat(text(doc, transaction + "/provider-org/narrative")).isEqualTo(icld.funder());
        assertThat(text(doc, transaction + "/receiver-org/@ref")).isEqualTo(REPORTING_ORG);
    }

    @Test
    void participating_organisations_carry_their_roles_and_types() throws Exception {
        FundingProgramme erasmus = Examples.programme(CODE, "Erasmus+", "EUR", FundingSource.EU);
        Partner kecskemet = Examples.partner(CODE, "Kecskemét", "HU");
        Project project = along(Examples.project(CODE, "Skolutbyte").programme(erasmus).idea().toBuilder()
                .partners(Set.of(kecskemet.id())).build(), ProjectStatus.RUNNING);

        Document doc = valid(IatiActivities.write(register(List.of(project), List.of(erasmus), List.of(kecskemet)),
                IatiSelection.all(), GENERATED));

        String orgs = activity(project) + "/participating-org";
        // Funding: Erasmus+ (multilateral, 40) and, for the own contribution, the municipality.
        assertThat(all(doc, orgs + "[@role='1']/@type")).containsExactly("40", "11");
        assertThat(text(doc, orgs + "[@role='1'][1]/narrative")).isEqualTo("Erasmus+");
        assertThat(all(doc, orgs + "[@role='2']/@ref")).containsExactly(REPORTING_ORG);
        assertThat(text(doc, orgs + "[@role='3']/narrative")).isEqualTo("Barn- och skolnämnden, Exempelkommun 1494");
        assertThat(all(doc, orgs + "[@role='4']/narrative")).containsExactly("Barn & Skola, Exempelkommun 1494",
                "Kecskemét");
        assertThat(all(doc, orgs + "[@role='4']/@type")).containsExactly("11", "11");
    }

    @Test
    void text_with_markup_characters_is_escaped_and_reads_back_as_written() throws Exception {
        Project project = along(Examples.project(CODE, "Barn & unga <15 år> \"tillsammans\"")
                .goals("Mål 1 & 2: att mötas", "Mål 3 < mål 4").idea(), ProjectStatus.RUNNING);

        Document doc = valid(IatiActivities.write(register(List.of(project), List.of(), List.of()),
                IatiSelection.all(), GENERATED));

        assertThat(text(doc, "//title/narrative")).isEqualTo("Barn & unga <15 år> \"tillsammans\"");
        assertThat(text(doc, "//description[@type='2']/narrative")).isEqualTo("Mål 1 & 2: att mötas Mål 3 < mål 4");
        assertThat(text(doc, "//description[@type='1']/narrative/" + XML_LANG)).isEqualTo("sv");
    }

    @Test
    void shares_always_sum_to_one_hundred() {
        for (int n = 1; n <= 40; n++) {
            assertThat(IatiActivities.shares(n).stream().reduce(BigDecimal.ZERO, BigDecimal::add)).as("%s", n)
                    .isEqualByComparingTo("100");
        }
    }
}
