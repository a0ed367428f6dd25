package se.omvarld.adapter.db;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.omvarld.adapter.db.jooq.Tables.AUDIT_ENTRY;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
import org.junit.jupiter.api.Test;
import se.omvarld.adapter.db.jooq.tables.records.AuditEntryRecord;

/**
 * Nothing in the adapter updates or deletes an audit entry: only {@link JooqAuditTrail} touches the audit table, and
 * it only inserts and selects. Each rule is shown to fail on a planted offender.
 */
class AuditAppendOnlyTest {

    private static final Set<String> WRITES_THAT_CHANGE_ROWS = Set.of("update", "delete", "deleteFrom", "truncate",
            "truncateTable", "mergeInto", "batchUpdate", "batchDelete", "batchStore", "store", "refresh");

    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/se/omvarld/adapter/db/jooq/"))
            .importPackages("se.omvarld.adapter.db");

    private static final JavaClasses PLANTED = new ClassFileImporter().importClasses(PlantedAuditEraser.class);

    /** Only the audit trail's own class reaches the audit table or its records. */
    private static final ArchRule ONLY_THE_AUDIT_TRAIL_TOUCHES_THE_AUDIT_TABLE = noClasses()
            .that().resideOutsideOfPackage("se.omvarld.adapter.db.jooq..")
            .and().doNotHaveFullyQualifiedName(JooqAuditTrail.class.getName())
            .should().dependOnClassesThat().belongToAnyOf(se.omvarld.adapter.db.jooq.tables.AuditEntry.class,
                    AuditEntryRecord.class)
            .orShould().accessField(se.omvarld.adapter.db.jooq.Tables.class, "AUDIT_ENTRY")
            .because("the audit trail is append-only: no repository may write to it behind the AuditTrail port");

    /** The audit trail itself never issues a statement that could change or remove a row. */
    private static final ArchRule THE_AUDIT_TRAIL_ONLY_INSERTS_AND_SELECTS = noClasses()
            .that().haveSimpleNameEndingWith("AuditTrail").or().haveSimpleNameEndingWith("AuditEraser")
            .should().callMethodWhere(describe("an UPDATE, DELETE, MERGE or TRUNCATE",
                    (JavaMethodCall call) -> WRITES_THAT_CHANGE_ROWS.contains(call.getTarget().getName())
                            && (call.getTargetOwner().isAssignableTo(DSLContext.class)
                                    || call.getTargetOwner().isAssignableTo(TableRecord.class))))
            .because("nothing in the application updates or deletes an audit entry");

    @Test
    void only_the_audit_trail_touches_the_audit_table() {
        ONLY_THE_AUDIT_TRAIL_TOUCHES_THE_AUDIT_TABLE.check(ADAPTER);
    }

    @Test
    void the_audit_trail_only_inserts_and_selects() {
        THE_AUDIT_TRAIL_ONLY_INSERTS_AND_SELECTS.check(ADAPTER);
    }

    @Test
    void both_rules_fail_on_a_planted_offender() {
        assertThatThrownBy(() -> ONLY_THE_AUDIT_TRAIL_TOUCHES_THE_AUDIT_TABLE.check(PLANTED))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedAuditEraser");
        assertThatThrownBy(() -> THE_AUDIT_TRAIL_ONLY_INSERTS_AND_SELECTS.check(PLANTED))
                .isInstanceOf(AssertionError.class).hasMessageContaining("deleteFrom");
    }

    @Test
    void the_rules_look_at_real_classes() {
        assertThat(ADAPTER.contain(JooqAuditTrail.class)).isTrue();
        assertThat(ADAPTER.contain(JooqPartnershipRepository.class)).isTrue();
    }

    /** What must never exist in the adapter: a class that erases audit entries. */
    static final class PlantedAuditEraser {
        int erase(DSLContext dsl) {
            return dsl.deleteFrom(AUDIT_ENTRY).execute();
        }
    }
}
