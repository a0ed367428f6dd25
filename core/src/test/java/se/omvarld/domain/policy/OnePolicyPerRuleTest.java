package se.omvarld.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OnePolicyPerRuleTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.omvarld.domain");

    @Test
    void every_rule_has_exactly_one_policy_class() {
        Map<RuleId, List<String>> policies = new EnumMap<>(RuleId.class);
        for (JavaClass c : DOMAIN) {
            if (c.isAnnotatedWith(PolicyRule.class)) {
                RuleId rule = c.getAnnotationOfType(PolicyRule.class).value();
                policies.computeIfAbsent(rule, r -> new java.util.ArrayList<>()).add(c.getName());
            }
        }

        assertThat(policies.keySet()).containsExactlyInAnyOrder(RuleId.values());
        assertThat(policies).allSatisfy((rule, classes) -> assertThat(classes).as("%s", rule).hasSize(1));
    }

    @Test
    void each_rule_constant_links_to_its_policy_class_in_one_hop() throws Exception {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/main/java/se/omvarld/domain/policy/RuleId.java"));
        Map<RuleId, String> policies = DOMAIN.stream().filter(c -> c.isAnnotatedWith(PolicyRule.class))
                .collect(Collectors.toMap(c -> c.getAnnotationOfType(PolicyRule.class).value(),
                        JavaClass::getSimpleName));

        assertThat(Arrays.stream(RuleId.values())).allSatisfy(rule -> assertThat(source)
                .containsPattern("\\{@link [\\w.]*" + policies.get(rule) + "\\}\\. \\*/\\s+" + rule.name() + "\\("));
    }
}
