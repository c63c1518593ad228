package dk.radhus.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers an upload whose declared {@code Content-Length} is over {@code quarkus.http.limits.max-body-size}
 * ({@code RADHUS_PORTAL_MAX_UPLOAD}) with the Danish 413 page, before the body is read. Quarkus enforces the limit
 * itself but answers with an empty body; its body handler runs at the second-lowest route order, so this route takes
 * the lowest one. A browser declares the length of a form it posts; a chunked body over the limit still gets Quarkus's
 * own empty 413.
 */
@ApplicationScoped
public class UploadSizeLimit {

    private static final int ORDER = Integer.MIN_VALUE;

    private final long limit;

    UploadSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if (declaredLength(context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH)) > limit) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? 0 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Rendered on a worker thread in a request context of its own: the layout asks who is logged in. */
    private static void tooLarge(RoutingContext context) {
        context.vertx().executeBlocking(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                return Pages.error(ErrorPages.TOO_LARGE, ErrorPages.TOO_LARGE_MESSAGE).render();
            } finally {
                requestContext.terminate();
            }
        }, false).onComplete(page -> context.response().setStatusCode(413)
                .putHeader(HttpHeaderNames.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .end(page.succeeded() ? page.result() : ErrorPages.TOO_LARGE));
    }
}
