package io.ensemble.app.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Removes every {@code dw.*} system property once a test class's apps have stopped. Dropwizard's
 * {@code ConfigOverride} restores the value it found when applied, so with two apps in one class
 * setting the same key, the second app's teardown puts the first one's value back and it leaks
 * into the next test classes of the JVM (seen: {@code realtime.bus=redis} with a dead private Redis
 * URL, a 2-per-window auth limit). Registered for every test class of this module by JUnit's
 * extension auto-detection ({@code META-INF/services}, enabled in {@code junit-platform.properties}),
 * so it runs after each class's own extensions have stopped its apps.
 */
public final class ClearConfigOverrides implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) {
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("dw."))
                .forEach(System::clearProperty);
    }
}
