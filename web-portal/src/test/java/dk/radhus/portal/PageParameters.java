package dk.radhus.portal;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The portal's page addresses read from its resource classes ({@code dk.radhus.portal.web}): for each {@code @GET}
 * method and each of its path and query parameters, one address with that parameter set to a value followed by a NUL
 * (for the test to replace with the character it sends) and every other path parameter valid.
 */
final class PageParameters {

    private static final Path CLASSES = Path.of("target", "classes", "dk", "radhus", "portal", "web");
    private static final String VALID = "BEU";
    private static final String UUID_VALUE = "0b9d0c46-8c4f-4a57-9e3e-0d6c1f7e2a11";

    private PageParameters() {
    }

    static List<String> addresses() throws IOException {
        List<String> addresses = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(GET.class)) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String template = join(base, sub == null ? "" : sub.value());
                for (Parameter target : method.getParameters()) {
                    PathParam path = target.getAnnotation(PathParam.class);
                    QueryParam query = target.getAnnotation(QueryParam.class);
                    if (path != null || query != null) {
                        addresses.add(address(template, method, target));
                    }
                }
            }
        }
        return addresses;
    }

    private static String address(String template, Method method, Parameter target) {
        String address = template;
        for (Parameter parameter : method.getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            if (path != null) {
                address = address.replace("{" + path.value() + "}", value(parameter) + (parameter == target
                        ? "\u0000" : ""));
            }
        }
        QueryParam query = target.getAnnotation(QueryParam.class);
        return query == null ? address : address + "?" + query.value() + "=" + value(target) + "\u0000";
    }

    private static String value(Parameter parameter) {
        return parameter.getType() == java.util.UUID.class ? UUID_VALUE
                : parameter.getType() == boolean.class || parameter.getType() == Boolean.class ? "true" : VALID;
    }

    private static String join(String base, String sub) {
        String joined = (base.endsWith("/") ? base : base + "/") + (sub.startsWith("/") ? sub.substring(1) : sub);
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static List<Class<?>> resources() throws IOException {
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name = "dk.radhus.portal.web." + file.getFileName().toString().replace(".class", "");
                try {
                    Class<?> type = Class.forName(name, false, PageParameters.class.getClassLoader());
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        return resources;
    }
}
