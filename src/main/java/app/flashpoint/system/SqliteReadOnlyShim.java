package app.flashpoint.system;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * sqlite-jdbc refuses {@code setReadOnly} on an open connection, which Micronaut Data calls for every
 * read-only query (micronaut-data#3560), so on SQLite the flag is ignored. Must run before Micronaut
 * Data wraps the pool, hence the highest precedence.
 */
@Singleton
@Order(Ordered.HIGHEST_PRECEDENCE)
class SqliteReadOnlyShim implements BeanCreatedEventListener<DataSource> {

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        if (!(target instanceof HikariDataSource hikari) || !hikari.getJdbcUrl().startsWith("jdbc:sqlite:")) {
            return target;
        }
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DataSource.class, Closeable.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? ignoringReadOnly(c) : result;
                });
    }

    private static Connection ignoringReadOnly(Connection connection) {
        return (Connection) Proxy.newProxyInstance(SqliteReadOnlyShim.class.getClassLoader(),
                new Class<?>[]{Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setReadOnly" -> null;
                    case "isReadOnly" -> Boolean.FALSE;
                    default -> invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
