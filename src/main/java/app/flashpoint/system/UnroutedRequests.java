package app.flashpoint.system;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * A request no route answers (an unknown path, a wrong method, a wrong content type) has nothing to protect:
 * letting it through lets the router say so (404, 405, 415) instead of a sign-in redirect or a 403. Every
 * routed request is left to its route's @Secured rule.
 */
@Singleton
class UnroutedRequests implements SecurityRule<HttpRequest<?>> {
    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        boolean routed = request == null || RouteAttributes.getRouteMatch(request).isPresent();
        return Publishers.just(routed ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.ALLOWED);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
