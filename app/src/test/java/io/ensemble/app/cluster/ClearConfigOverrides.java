package io.ensemble.app.cluster;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Removes every {@code dw.*} system property once a test class's apps have stopped. Dropwizard's
 * {@code ConfigOverride} restores the value it found when applied, so with two apps in one class
 * setting the same key, the second app's teardown puts the first one's value back and it leaks
 * into the next test classes of the JVM. List it before {@code DropwizardExtensionsSupport} in
 * {@code @ExtendWith} so it runs after it.
 */
public final class ClearConfigOverrides implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) {
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("dw."))
                .forEach(System::clearProperty);
    }
}
