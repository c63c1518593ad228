package dk.radhus.platform.problem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 * Answers a request body over its limit with 413 problem+json. Two limits: an upload (a body of one of
 * {@code radhus.http.limits.upload-media-types}, {@code text/csv} by default) may be as large as
 * {@code quarkus.http.limits.max-body-size}; every other body (JSON above all) at most
 * {@code radhus.http.limits.max-body-size}, which is the same unless a service raises Quarkus's limit for its uploads
 * (budget-service: a million account lines). Quarkus enforces its own limit too, but answers with an empty body; this
 * route runs just before Quarkus's check. A declared {@code Content-Length} over the limit is refused at once; a
 * chunked body is read up to the limit — except one of {@code radhus.http.limits.streamed-media-types} (none by
 * default), which is passed on unread, so that a service that streams such uploads (meetings-service's attachment
 * files) gets them as they arrive; that service counts the bytes against its own limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Quarkus's own limit check runs at route order -2. */
    private static final int ORDER = -3;

    private final Limit uploads;
    private final Limit others;
    private final List<String> uploadMediaTypes;
    private final List<String> streamedMediaTypes;

    /** One limit: its size, the problem it answers with, and the reader of a chunked body up to it. */
    private record Limit(long bytes, byte[] problem, BodyHandler chunkedBodies) {

        static Limit of(MemorySize size, ObjectMapper json) throws JsonProcessingException {
            long bytes = size.asLongValue();
            return new Limit(bytes, json.writeValueAsBytes(Problem.of("payload-too-large", "For stor forespørgsel",
                    413, "Forespørgslens indhold er større end tilladt (højst %d byte).".formatted(bytes))),
                    BodyHandler.create(false).setBodyLimit(bytes));
        }
    }

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize uploadLimit,
            @ConfigProperty(name = "radhus.http.limits.max-body-size") MemorySize bodyLimit,
            @ConfigProperty(name = "radhus.http.limits.upload-media-types") List<String> uploadMediaTypes,
            @ConfigProperty(name = "radhus.http.limits.streamed-media-types") Optional<List<String>> streamedMediaTypes,
            ObjectMapper json) throws JsonProcessingException {
        this.uploads = Limit.of(uploadLimit, json);
        this.others = bodyLimit.asLongValue() < uploadLimit.asLongValue() ? Limit.of(bodyLimit, json) : uploads;
        this.uploadMediaTypes = normalized(uploadMediaTypes);
        this.streamedMediaTypes = normalized(streamedMediaTypes.orElse(List.of()));
    }

    private static List<String> normalized(List<String> mediaTypes) {
        return mediaTypes.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).failureHandler(context -> {
            if (context.statusCode() == 413) {
                tooLarge(context, limitFor(context));
            } else {
                context.next();
            }
        });
    }

    private void check(RoutingContext context) {
        Limit limit = limitFor(context);
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null) {
            if (declaredLength(declared) > limit.bytes()) {
                tooLarge(context, limit);
            } else {
                context.next();
            }
        } else if (context.request().headers().contains(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED,
                true) && !streamedMediaTypes.contains(mediaType(context))) {
            limit.chunkedBodies().handle(context);
        } else {
            context.next();
        }
    }

    /** The upload limit for a body of an upload media type (parameters such as charset aside), else the other. */
    private Limit limitFor(RoutingContext context) {
        return uploadMediaTypes.contains(mediaType(context)) ? uploads : others;
    }

    /** The body's media type without parameters, in lower case; empty without a {@code Content-Type}. */
    private static String mediaType(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaderNames.CONTENT_TYPE);
        return type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void tooLarge(RoutingContext context, Limit limit) {
        context.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .end(Buffer.buffer(limit.problem()));
    }
}
