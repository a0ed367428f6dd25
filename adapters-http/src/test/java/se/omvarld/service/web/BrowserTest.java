package se.omvarld.service.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that drives Chromium, tagged {@value #TAG}, so that a build can leave the slowest tests out
 * ({@code -DexcludedGroups=browser}) when it tests something else, such as another JDK.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BrowserTest.TAG)
public @interface BrowserTest {

    String TAG = "browser";
}
