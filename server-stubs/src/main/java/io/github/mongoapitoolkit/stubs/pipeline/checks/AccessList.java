package io.github.mongoapitoolkit.stubs.pipeline.checks;

import io.github.mongoapitoolkit.stubs.dataset.ApiAccessList;
import io.github.mongoapitoolkit.stubs.dataset.AtlasGroup;
import io.github.mongoapitoolkit.stubs.dataset.Dataset;
import io.github.mongoapitoolkit.stubs.dataset.OpsManagerGroup;
import io.github.mongoapitoolkit.stubs.pipeline.Admission;
import io.github.mongoapitoolkit.stubs.pipeline.Exchange;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses an authenticated caller whose address is not on the API access list that the project's
 * organization requires: 403 {@code IP_ADDRESS_NOT_ON_ACCESS_LIST}, as Atlas and Ops Manager do.
 * The project is the matched operation's {@code groupId}; projects without a list are open.
 */
public final class AccessList implements Admission {

    private final Dataset dataset;

    public AccessList(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public Optional<Response> check(Exchange exchange) {
        String groupId = exchange.route().parameter("groupId");
        if (exchange.identity() == null || groupId == null) {
            return Optional.empty();
        }
        Optional<ApiAccessList> list = switch (exchange.api()) {
            case ATLAS -> dataset.atlasGroup(groupId).flatMap(AtlasGroup::accessList);
            case OPS_MANAGER -> dataset.opsManagerGroup(groupId).flatMap(OpsManagerGroup::accessList);
            case MONGOSYNC, OAUTH -> Optional.empty();
        };
        String address = exchange.request().getRemoteAddr();
        return list.isEmpty() || allowed(list.get(), address) ? Optional.empty()
                : Optional.of(exchange.api().addressNotOnAccessList(address));
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
