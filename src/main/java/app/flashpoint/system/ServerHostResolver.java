package app.flashpoint.system;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpHostResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * Micronaut's host resolver, unchanged, but looking the embedded server up once: the security filter
 * resolves the host on every authenticated request, and the bean lookup behind it was about 3 % of the
 * server's CPU under the study load.
 */
@Singleton
@Replaces(DefaultHttpHostResolver.class)
class ServerHostResolver extends DefaultHttpHostResolver {
    ServerHostResolver(HttpServerConfiguration configuration, BeanProvider<EmbeddedServer> server) {
        super(configuration, new Once(server));
    }

    private static final class Once implements BeanProvider<EmbeddedServer> {
        private final BeanProvider<EmbeddedServer> lookup;
        private volatile EmbeddedServer server;

        Once(BeanProvider<EmbeddedServer> lookup) {
            this.lookup = lookup;
        }

        @Override
        public EmbeddedServer get() {
            EmbeddedServer s = server;
            if (s == null) {
                s = lookup.get();
                server = s;
            }
            return s;
        }
    }
}
