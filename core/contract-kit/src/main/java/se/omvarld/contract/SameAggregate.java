package se.omvarld.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.omvarld.domain.funding.FundingProgramme;
import se.omvarld.domain.municipality.Municipality;
import se.omvarld.domain.partnership.Partnership;
import se.omvarld.domain.project.Project;

/**
 * Field-by-field comparison of the aggregates that are classes without {@code equals} (municipality, partnership,
 * project), and of a funding programme, whose co-financing rate is compared as a number (0.80 and 0.8 are the same
 * rate; a NUMERIC column may hand back either). Every accessor is compared and every difference reported at once.
 * Lists are compared in order, sets in any order. Records not named here are compared with {@code equals}.
 */
public final class SameAggregate {

    private SameAggregate() {
    }

    public static void assertSameMunicipality(Municipality actual, Municipality expected) {
        new Differences("municipality " + expected.code())
                .compare("code", actual.code(), expected.code())
                .compare("name", actual.name(), expected.name())
                .compare("committees", actual.committees(), expected.committees())
                .compare("administrations", actual.administrations(), expected.administrations())
                .compare("units", actual.units(), expected.units())
                .compare("registeredOn", actual.registeredOn(), expected.registeredOn())
                .compare("organisationNumber", actual.organisationNumber(), expected.organisationNumber())
                .compare("version", actual.version(), expected.version())
                .assertNone();
    }

    public static void assertSamePartnership(Partnership actual, Partnership expected) {
        new Differences("partnership " + expected.id())
                .compare("id", actual.id(), expected.id())
                .compare("municipality", actual.municipality(), expected.municipality())
                .compare("partner", actual.partner(), expected.partner())
                .compare("country", actual.country(), expected.country())
                .compare("kind", actual.kind(), expected.kind())
                .compare("title", actual.title(), expected.title())
                .compare("areas", actual.areas(), expected.areas())
                .compare("fundingSources", actual.fundingSources(), expected.fundingSources())
                .compare("committees", actual.committees(), expected.committees())
                .compare("proposedOn", actual.proposedOn(), expected.proposedOn())
                .compare("status", actual.status(), expected.status())
                .compare("history", actual.history(), expected.history())
                .compare("analyses", actual.analyses(), expected.analyses())
                .compare("democracyPlans", actual.democracyPlans(), expected.democracyPlans())
                .compare("counterpartValuesFormalAgreement", actual.counterpartValuesFormalAgreement(),
                        expected.counterpartValuesFormalAgreement())
                .compare("version", actual.version(), expected.version())
                .assertNone();
    }

    public static void assertSameProject(Project actual, Project expected) {
        new Differences("project " + expected.id())
                .compare("id", actual.id(), expected.id())
                .compare("municipality", actual.municipality(), expected.municipality())
                .compare("parent", actual.parent(), expected.parent())
                .compare("title", actual.title(), expected.title())
                .compare("kind", actual.kind(), expected.kind())
                .compare("owningUnit", actual.owningUnit(), expected.owningUnit())
                .compare("committee", actual.committee(), expected.committee())
                .compare("participants", actual.participants(), expected.participants())
                .compare("partners", actual.partners(), expected.partners())
                .compare("countries", actual.countries(), expected.countries())
                .compare("programme", actual.programme(), expected.programme())
                .compare("areas", actual.areas(), expected.areas())
                .compare("goals", actual.goals(), expected.goals())
                .compare("budget", actual.budget(), expected.budget())
                .compare("externalFundingExplored", actual.externalFundingExplored(),
                        expected.externalFundingExplored())
                .compare("budgetedInUnitPlan", actual.budgetedInUnitPlan(), expected.budgetedInUnitPlan())
                .compare("democracyPlans", actual.democracyPlans(), expected.democracyPlans())
                .compare("registeredOn", actual.registeredOn(), expected.registeredOn())
                .compare("status", actual.status(), expected.status())
                .compare("history", actual.history(), expected.history())
                .compare("version", actual.version(), expected.version())
                .assertNone();
    }

    public static void assertSameProgramme(FundingProgramme actual, FundingProgramme expected) {
        Differences differences = new Differences("programme " + expected.id())
                .compare("id", actual.id(), expected.id())
                .compare("municipality", actual.municipality(), expected.municipality())
                .compare("name", actual.name(), expected.name())
                .compare("funder", actual.funder(), expected.funder())
                .compare("source", actual.source(), expected.source())
                .compare("currency", actual.currency(), expected.currency())
                .compare("eligibleAreas", actual.eligibleAreas(), expected.eligibleAreas())
                .compare("version", actual.version(), expected.version());
        if (actual.coFinancingRate().compareTo(expected.coFinancingRate()) != 0) {
            differences.add("coFinancingRate", actual.coFinancingRate(), expected.coFinancingRate());
        }
        differences.assertNone();
    }

    /** The fields in which an aggregate read back differs from the one expected. */
    private static final class Differences {

        private final String what;
        private final List<String> found = new ArrayList<>();

        Differences(String what) {
            this.what = what;
        }

        /** Guava's immutable lists compare in order, its sets in any order, Optional by content. */
        Differences compare(String field, Object actual, Object expected) {
            if (!Objects.equals(actual, expected)) {
                add(field, actual, expected);
            }
            return this;
        }

        void add(String field, Object actual, Object expected) {
            found.add(field + ": expected <" + expected + "> but was <" + actual + ">");
        }

        void assertNone() {
            assertThat(found).as("%s read back differs from the one stored", what).isEmpty();
        }
    }
}
