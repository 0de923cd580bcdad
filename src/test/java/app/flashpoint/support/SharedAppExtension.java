package app.flashpoint.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Starts the shared application on first use and closes it when the whole run ends (the root context's store
 * closes what it holds), then injects each test instance from it. See {@link SharedApp}.
 */
public final class SharedAppExtension implements TestInstancePostProcessor {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApp.class);

    @Override
    public void postProcessTestInstance(Object test, ExtensionContext context) {
        Running app = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, type -> Running.start(), Running.class);
        app.context().inject(test);
    }

    // AutoCloseable is what JUnit 5.13 closes by; CloseableResource what older versions did
    private record Running(ApplicationContext context) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        static Running start() {
            ApplicationContext context = ApplicationContext.builder().environments("test").start();
            context.getBean(EmbeddedServer.class).start();
            return new Running(context);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
