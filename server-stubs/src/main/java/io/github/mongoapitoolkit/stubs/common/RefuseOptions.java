package io.github.mongoapitoolkit.stubs.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Refuses OPTIONS as any method the specs do not declare: Jersey answers it by itself with 200
 * and a plain-text list, which no spec declares and no client of these APIs sends. The answer
 * becomes the API's 405, with an {@code Allow} header of the declared methods.
 */
@Priority(Priorities.ENTITY_CODER + 100)
public final class RefuseOptions implements ContainerResponseFilter {

    private final BiFunction<String, String, Response> methodNotAllowed;

    /** @param methodNotAllowed the API's 405 for a path and the methods it allows */
    public RefuseOptions(BiFunction<String, String, Response> methodNotAllowed) {
        this.methodNotAllowed = methodNotAllowed;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"OPTIONS".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        Response refusal = methodNotAllowed.apply("/" + request.getUriInfo().getPath(),
                declared(response.getHeaderString(HttpHeaders.ALLOW)));
        response.getHeaders().clear();
        refusal.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        response.setStatus(refusal.getStatus());
        response.setEntity(refusal.getEntity(), new Annotation[0], refusal.getMediaType());
    }

    /** Jersey's {@code Allow} value without the methods it adds by itself, OPTIONS and HEAD. */
    public static String declared(String allow) {
        if (allow == null) {
            return "";
        }
        return Arrays.stream(allow.split(",")).map(String::trim)
                .filter(method -> !method.equals("OPTIONS") && !method.equals("HEAD"))
                .collect(Collectors.joining(","));
    }
}
