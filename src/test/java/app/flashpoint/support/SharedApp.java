package app.flashpoint.support;

import io.micronaut.context.annotation.Factory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test runs against the one application (context, database and embedded server) that every test class with
 * this annotation shares, started once per run, instead of an application of its own as {@code @MicronautTest}
 * starts per class. Its {@code @Inject} and {@code @Value} fields are filled from that application. A test that
 * needs other configuration (a low rate limit, a test-only route) keeps {@code @MicronautTest} with its
 * {@code @Property}.
 *
 * <p>{@code @Factory} as on {@code @MicronautTest}: it has Micronaut's annotation processor write the test class's
 * injection code, so no reflection is needed to fill its fields.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Factory
@ExtendWith(SharedAppExtension.class)
public @interface SharedApp {
}
