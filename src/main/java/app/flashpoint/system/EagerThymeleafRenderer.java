package app.flashpoint.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders a page completely before anything is sent. Micronaut streams a template while writing the
 * response, so an error half-way through left the browser waiting for ever; rendered first, the error
 * reaches the error handlers and becomes a proper 500 page.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class EagerThymeleafRenderer<T> extends ThymeleafViewsRenderer<T> {

    EagerThymeleafRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                           ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        var page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException | RuntimeException e) {
            throw new ViewRenderingException("Error rendering view [" + viewName + "]: " + e.getMessage(), e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
