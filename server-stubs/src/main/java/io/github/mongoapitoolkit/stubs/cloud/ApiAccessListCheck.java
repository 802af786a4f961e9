package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.stubs.dataset.ApiAccessList;
import io.github.mongoapitoolkit.stubs.dataset.AtlasGroup;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.OpsManagerGroup;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.Request;

/**
 * Refuses an authenticated caller whose address is not on the API access list that the
 * project's organization requires: 403 {@code IP_ADDRESS_NOT_ON_ACCESS_LIST}, as Atlas and Ops
 * Manager do. Projects without a list in the dataset are open to every address.
 */
@Priority(Priorities.AUTHENTICATION + 100)
public final class ApiAccessListCheck implements ContainerRequestFilter {

    private final Dataset dataset;

    @Inject
    private Provider<Request> connection;

    public ApiAccessListCheck(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(CloudAuthentication.IDENTITY) == null) {
            return;
        }
        String groupId = request.getUriInfo().getPathParameters().getFirst("groupId");
        if (groupId == null) {
            return;
        }
        CloudApi api = CloudApi.of(request.getUriInfo().getPath());
        String address = connection.get().getRemoteAddr();
        if (admits(api, groupId, () -> address)) {
            return;
        }
        String detail = "IP address " + address + " is not allowed to access this resource.";
        List<String> parameters = List.of(address);
        if (api == CloudApi.OPS_MANAGER) {
            throw new OpsManagerApiException(403, "IP_ADDRESS_NOT_ON_ACCESS_LIST", detail, parameters, Map.of());
        }
        throw new AtlasApiException(403, "IP_ADDRESS_NOT_ON_ACCESS_LIST", detail, parameters, Map.of(), null);
    }

    /** Whether a caller at {@code address} may use the project: true where it has no list. */
    public boolean admits(CloudApi api, String groupId, Supplier<String> address) {
        Optional<ApiAccessList> list = switch (api) {
            case ATLAS -> dataset.atlasGroup(groupId).flatMap(AtlasGroup::accessList);
            case OPS_MANAGER -> dataset.opsManagerGroup(groupId).flatMap(OpsManagerGroup::accessList);
            case OAUTH -> Optional.empty();
        };
        return list.isEmpty() || allowed(list.get(), address.get());
    }

    private static boolean allowed(ApiAccessList list, String address) {
        try {
            // The container gives a literal address, so this never resolves a name.
            return list.allows(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
