package dk.radhus.local.demo;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a demo step may use: the services' APIs (with a token of a demo user) and, where present, the seed documents.
 *
 * @param api calls the services as a demo user
 * @param seeds the directory of the seed documents (agendas, minutes), if there is one
 */
public record DemoContext(Api api, Optional<Path> seeds) {
}
