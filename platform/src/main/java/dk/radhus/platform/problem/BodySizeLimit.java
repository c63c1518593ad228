package dk.radhus.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers a request body over {@code quarkus.http.limits.max-body-size} with 413 problem+json. Quarkus enforces the
 * limit itself, but answers with an empty body; this route runs just before Quarkus's own check. A declared
 * {@code Content-Length} over the limit is refused at once; a chunked body is read up to the limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus's own limit check runs at route order -2. */
    private static final int ORDER = -3;

    private final long limit;
    private final byte[] problem;
    private final BodyHandler chunkedBodies;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json)
            throws JsonProcessingException {
        this.limit = limit.asLongValue();
        this.problem = json.writeValueAsBytes(Problem.of("payload-too-large", "For stor forespørgsel", 413,
                "Forespørgslens indhold er større end tilladt (højst %d byte).".formatted(this.limit)));
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.limit);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).failureHandler(context -> {
            if (context.statusCode() == 413) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null) {
            if (declaredLength(declared) > limit) {
                tooLarge(context);
            } else {
                context.next();
            }
        } else if (context.request().headers().contains(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED,
                true)) {
            chunkedBodies.handle(context);
        } else {
            context.next();
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void tooLarge(RoutingContext context) {
        context.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .end(Buffer.buffer(problem));
    }
}
