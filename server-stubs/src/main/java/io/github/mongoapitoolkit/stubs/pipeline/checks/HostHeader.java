package io.github.mongoapitoolkit.stubs.pipeline.checks;

/**
 * A {@code Host} value as RFC 9110 section 7.2 defines it: {@code uri-host [":" port]}, where the
 * host is a name of letters, digits, hyphens and dots, an IPv4 address or a bracketed IPv6 address,
 * and the port a number from 1 to 65535. Anything else ({@code a@evil.example}, {@code evil.example/x},
 * {@code a:b}, {@code 127.0.0.1:99999}) would end up in the absolute links Ops Manager answers with.
 */
final class HostHeader {

    private HostHeader() {
    }

    static boolean isValid(String value) {
        String host = value.trim();
        String port = null;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            if (close < 0 || !ipv6(host.substring(1, close))) {
                return false;
            }
            String rest = host.substring(close + 1);
            if (!rest.isEmpty()) {
                if (rest.charAt(0) != ':') {
                    return false;
                }
                port = rest.substring(1);
            }
        } else {
            int colon = host.indexOf(':');
            if (colon >= 0) {
                port = host.substring(colon + 1);
                host = host.substring(0, colon);
            }
            if (!name(host)) {
                return false;
            }
        }
        return port == null || port(port);
    }

    private static boolean name(String host) {
        if (host.isEmpty() || host.length() > 253 || host.startsWith(".") || host.contains("..")) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean ipv6(String address) {
        return !address.isEmpty() && address.length() <= 45 && address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
                && address.contains(":");
    }

    private static boolean port(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int n = Integer.parseInt(port);
        return n >= 1 && n <= 65_535;
    }
}
