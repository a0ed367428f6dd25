package se.omvarld.application.demo.architecture;

import static se.omvarld.architecture.ArchitectureRules.OMVARLD;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Nested;
import se.omvarld.architecture.ArchitectureContract;
import se.omvarld.architecture.ArchitectureRules;

/**
 * The architecture of the demo data. It lives in {@code se.omvarld.application.demo}, under core's application
 * package, so that core's rules judge it wherever it is on the classpath: it is built on the domain in plain Java
 * (Guava aside), like core itself, although it ships in a jar of its own. Core's rules are proven on their planted
 * offenders in core's {@code CoreArchitectureTest}; here they are checked on core and the demo data together.
 */
class DemoArchitectureTest extends ArchitectureContract {

    @Override
    protected String ownPackage() {
        return OMVARLD + ".application.demo";
    }

    /** Core's rules: the adapter rules have no adapter to judge here. */
    @Override
    protected List<ArchRule> rulesOfThisModule() {
        return ArchitectureRules.coreRules(OMVARLD);
    }

    /** Core's rules, on core and the demo data. */
    @Nested
    class Core extends CoreRulesOnProduction {
    }
}
