package io.github.mongoapitoolkit.stubs.proxy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The server the proxy forwards to: {@code http://} or {@code https://} (verified by the JVM's
 * trust store, the host name checked), with no path, since a request's target is forwarded as it
 * was sent.
 */
record Upstream(String scheme, String host, int port) {

    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    /** mongosync may take two minutes or more to answer after a restart or resume. */
    static final int READ_TIMEOUT_MILLIS = 300_000;

    static Upstream parse(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--upstream " + url + " is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("--upstream must be http://HOST[:PORT] or https://HOST[:PORT], not " + url);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/") || uri.getRawQuery() != null) {
            throw new IllegalArgumentException("--upstream takes no path or query (requests keep their own targets): " + url);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Upstream(scheme, uri.getHost(), port);
    }

    /** The Host header the upstream expects: its own authority, the default port left out. */
    String authority() {
        boolean defaultPort = scheme.equals("https") ? port == 443 : port == 80;
        String host = this.host.contains(":") && !this.host.startsWith("[") ? "[" + this.host + "]" : this.host;
        return defaultPort ? host : host + ":" + port;
    }

    Socket connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            if (scheme.equals("https")) {
                SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(socket, host, port, true);
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                tls.startHandshake();
                return tls;
            }
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return scheme + "://" + authority();
    }
}
