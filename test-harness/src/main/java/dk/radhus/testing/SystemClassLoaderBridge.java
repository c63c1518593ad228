package dk.radhus.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.jboss.logging.Logger;

/**
 * Reaches {@link SharedServers} in the system class loader. Quarkus gives every test profile a fresh class loader
 * holding its own copy of the harness; calling through the system class loader (which is never closed) keeps one
 * PostgreSQL and one Kafka per JVM. The control interfaces only use JDK types, so a proxy can forward calls from this
 * class loader's copy of an interface to the system class loader's copy. Where the system class loader does not see
 * the harness (e.g. Quarkus continuous testing), the servers are shared per class loader instead.
 */
final class SystemClassLoaderBridge {

    private static final Logger LOG = Logger.getLogger(SystemClassLoaderBridge.class);

    private SystemClassLoaderBridge() {
    }

    static PostgresControl postgres() {
        return shared("postgres", PostgresControl.class);
    }

    static KafkaControl kafka() {
        return shared("kafka", KafkaControl.class);
    }

    private static <T> T shared(String factoryMethod, Class<T> controlType) {
        Class<?> owner = sharedServersClass();
        Object control = invoke(factory(owner, factoryMethod), null, owner.getClassLoader());
        if (controlType.isInstance(control)) {
            return controlType.cast(control);
        }
        ClassLoader controlLoader = control.getClass().getClassLoader();
        return controlType.cast(Proxy.newProxyInstance(controlType.getClassLoader(), new Class<?>[] { controlType },
                (proxy, method, args) -> invoke(counterpart(control, method), control, controlLoader, args)));
    }

    private static Class<?> sharedServersClass() {
        try {
            return Class.forName(SharedServers.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debugf("The system class loader does not see the harness (%s); sharing servers per class loader", e);
            return SharedServers.class;
        }
    }

    private static Method factory(Class<?> owner, String name) {
        try {
            Method method = owner.getDeclaredMethod(name);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw incompatible(owner, e);
        }
    }

    /** The method of {@code target}'s class that matches {@code method} of this class loader's interface. */
    private static Method counterpart(Object target, Method method) {
        try {
            Method counterpart = target.getClass().getMethod(method.getName(), method.getParameterTypes());
            counterpart.setAccessible(true);
            return counterpart;
        } catch (NoSuchMethodException e) {
            throw incompatible(target.getClass(), e);
        }
    }

    private static IllegalStateException incompatible(Class<?> type, NoSuchMethodException e) {
        return new IllegalStateException("Two incompatible versions of the test harness in one JVM: " + type, e);
    }

    /**
     * Invokes with the servers' class loader as context class loader: Kafka instantiates plugins through the context
     * class loader, and the threads it starts inherit it.
     */
    private static Object invoke(Method method, Object target, ClassLoader contextLoader, Object... args) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(contextLoader);
        try {
            return method.invoke(target, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
