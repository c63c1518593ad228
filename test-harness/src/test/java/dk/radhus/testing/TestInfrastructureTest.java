package dk.radhus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @Test
    void aSecondCopyOfTheHarnessSharesTheServersOfTheJvm() throws Exception {
        ClassLoader copy = new HarnessCopyClassLoader(getClass().getClassLoader());
        Class<?> copiedInfrastructure = copy.loadClass(TestInfrastructure.class.getName());
        assertThat(copiedInfrastructure).isNotSameAs(TestInfrastructure.class);

        Object postgres = copiedInfrastructure.getMethod("postgres").invoke(null);
        Object kafka = copiedInfrastructure.getMethod("kafka").invoke(null);

        assertThat(postgres.getClass().getMethod("port").invoke(postgres)).isEqualTo(TestInfrastructure.postgres().port());
        assertThat(kafka.getClass().getMethod("bootstrapServers").invoke(kafka))
                .isEqualTo(TestInfrastructure.kafka().bootstrapServers());
        assertThat(postgres.getClass().getMethod("jdbcUrl", String.class).invoke(postgres, "harness_copy"))
                .isEqualTo(TestInfrastructure.postgres().jdbcUrl("harness_copy"));
    }

    /** Defines its own copy of the harness classes, like Quarkus does for every test profile. */
    private static final class HarnessCopyClassLoader extends ClassLoader {

        HarnessCopyClassLoader(ClassLoader parent) {
            super("harness-copy", parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(TestInfrastructure.class.getPackageName() + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : defineCopy(name);
            }
        }

        private Class<?> defineCopy(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
