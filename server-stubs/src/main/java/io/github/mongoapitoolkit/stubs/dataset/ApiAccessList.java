package io.github.mongoapitoolkit.stubs.dataset;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * The API access list a project's organization requires of the API key: IPv4 or IPv6 addresses
 * and CIDR blocks. A caller whose address matches no entry gets 403
 * {@code IP_ADDRESS_NOT_ON_ACCESS_LIST}. No list means the organization requires none.
 */
public final class ApiAccessList {

    private final List<Entry> entries;

    private ApiAccessList(List<Entry> entries) {
        this.entries = entries;
    }

    /** The list of a dataset project, or empty when the project has none. */
    public static Optional<ApiAccessList> of(List<String> entries) {
        return entries == null ? Optional.empty() : Optional.of(new ApiAccessList(entries.stream().map(Entry::parse).toList()));
    }

    /** Why the entry is not an address or CIDR block; empty when it is one. */
    public static Optional<String> problem(String entry) {
        try {
            Entry.parse(entry);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public boolean allows(InetAddress caller) {
        return entries.stream().anyMatch(entry -> entry.contains(caller));
    }

    private record Entry(byte[] network, int prefixBits) {

        static Entry parse(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("must be an IP address or CIDR block, is empty");
            }
            String[] parts = text.split("/", -1);
            if (parts.length > 2 || !parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("must be an IP address or CIDR block, is \"" + text + "\"");
            }
            byte[] address;
            try {
                // Only literal addresses reach here, so no name is ever looked up.
                address = InetAddress.getByName(parts[0]).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("must be an IP address or CIDR block, is \"" + text + "\"", e);
            }
            int bits = address.length * 8;
            if (parts.length == 2) {
                if (!parts[1].matches("[0-9]{1,3}") || Integer.parseInt(parts[1]) > bits) {
                    throw new IllegalArgumentException("has a prefix length outside 0.." + bits + ": \"" + text + "\"");
                }
                bits = Integer.parseInt(parts[1]);
            }
            return new Entry(address, bits);
        }

        boolean contains(InetAddress caller) {
            byte[] candidate = caller.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
