package se.omvarld.service.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that drives Chromium, tagged {@value #TAG}: CI runs these once, on the baseline JDK, and leaves them out
 * of the second build on the newer JDK ({@code -DexcludedGroups=browser}), where they would double the time of the
 * slowest tests without testing the JDK any further.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserTest.TAG)
public @interface BrowserTest {

    String TAG = "browser";
}
