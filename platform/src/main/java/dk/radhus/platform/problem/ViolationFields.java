package dk.radhus.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** The request's name of the field a Bean Validation violation is about, read from its path and the resource method. */
final class ViolationFields {

    private ViolationFields() {
    }

    /**
     * The path inside the request, without the Java method and parameter names: {@code lines[2].amount}; an element of
     * a list is {@code sections[1]} (of a list body: {@code [1]}). The body itself is {@code body}; a query, path or
     * header parameter is named as the request names it ({@code @QueryParam("unit")}: {@code unit}).
     */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.append(parameterName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class)));
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    /** Whether the violation is about what a method returned: the server's fault, not the client's. */
    static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The request's name of a resource method's parameter: the value of its {@code @QueryParam}, {@code @PathParam} or
     * {@code @HeaderParam}, nothing for the body (the one parameter without such an annotation), else its Java name.
     */
    private static String parameterName(Class<?> resource, Path.MethodNode methodNode, Path.ParameterNode parameter) {
        Method method = methodNode == null ? null : declared(resource, methodNode);
        if (method == null) {
            return parameter.getName();
        }
        boolean requestParameter = false;
        for (Annotation annotation : method.getParameterAnnotations()[parameter.getParameterIndex()]) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            String annotationPackage = annotation.annotationType().getPackageName();
            requestParameter |= annotationPackage.equals("jakarta.ws.rs") || annotationPackage.equals("jakarta.ws.rs.core")
                    || annotationPackage.startsWith("org.jboss.resteasy.reactive");
        }
        return requestParameter ? parameter.getName() : "";
    }

    /** The method as declared on the class or, for a generated subclass (CDI interceptors), on a superclass. */
    private static Method declared(Class<?> type, Path.MethodNode node) {
        Class<?>[] parameterTypes = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            for (Method method : current.getDeclaredMethods()) {
                if (method.getName().equals(node.getName()) && Arrays.equals(method.getParameterTypes(), parameterTypes)
                        && Arrays.stream(method.getParameterAnnotations()).anyMatch(list -> list.length > 0)) {
                    return method;
                }
            }
        }
        return null;
    }
}
