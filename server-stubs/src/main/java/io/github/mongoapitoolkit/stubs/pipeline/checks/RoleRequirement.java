package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a proven caller whose organization role is below what the operation's
 * {@code x-rolesRequirements} asks: 401 {@code USER_UNAUTHORIZED}, "Current user is not
 * authorized to perform this action", as Atlas's error table says. Organization Owner includes
 * Organization Member. A caller the stub knows no role of has none.
 */
public final class RoleRequirement implements Admission {

    public static final String OWNER = "Organization Owner";
    public static final String MEMBER = "Organization Member";
    private static final Map<String, Integer> RANK = Map.of(MEMBER, 1, OWNER, 2);

    private final Map<String, String> roleOfCaller;

    /** @param roleOfCaller the role of each public key and service account client id */
    public RoleRequirement(Map<String, String> roleOfCaller) {
        this.roleOfCaller = Map.copyOf(roleOfCaller);
    }

    @Override
    public Optional<Response> check(Exchange exchange) {
        List<String> required = exchange.route().operation().orElseThrow().roles();
        if (required.isEmpty() || exchange.identity() == null) {
            return Optional.empty();
        }
        int held = RANK.getOrDefault(roleOfCaller.get(exchange.identity()), 0);
        boolean enough = required.stream().anyMatch(role -> held >= RANK.getOrDefault(role, Integer.MAX_VALUE));
        return enough ? Optional.empty() : Optional.of(exchange.api().error(401, "USER_UNAUTHORIZED",
                "Current user is not authorized to perform this action.", List.of(), Map.of()));
    }
}
