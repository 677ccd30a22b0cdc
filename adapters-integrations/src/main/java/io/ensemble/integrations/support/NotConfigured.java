package io.ensemble.integrations.support;

import io.ensemble.shared.errors.ProviderNotConfigured;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Stand-ins for a port whose provider is chosen in the config but whose keys are missing, so the service
 * still starts (DESIGN §Ports): every method of the port, its default methods included, throws a fresh
 * {@link ProviderNotConfigured} (503 {@code PROVIDER_NOT_CONFIGURED} naming the keys to set), except the
 * identity methods given answers (e.g. {@code name}, {@code platform}). A method the port gains later
 * answers 503 too, with no stand-in to update.
 */
public final class NotConfigured {
    private NotConfigured() {
    }

    /**
     * @param port the port interface
     * @param error the error every other call throws (built anew per call, so each has its own stack)
     * @param answers method name → value, for argument-free methods that describe the stand-in
     * @return a {@code port} that throws {@code error} from every method not in {@code answers}
     * @throws IllegalArgumentException when {@code port} is not an interface
     */
    public static <T> T standIn(Class<T> port, Supplier<ProviderNotConfigured> error, Map<String, Object> answers) {
        Objects.requireNonNull(error, "error");
        Map<String, Object> fixed = Map.copyOf(answers);
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (self, method, args) -> {
            int arity = method.getParameterCount();
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "NotConfigured[" + port.getSimpleName() + "]";
                };
            }
            if (arity == 0 && fixed.containsKey(method.getName())) {
                return fixed.get(method.getName());
            }
            throw error.get();
        });
        return port.cast(proxy);
    }
}
