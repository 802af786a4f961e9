package io.github.mongoapitoolkit.stubs.common;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;

/**
 * Serves a request that asks to upgrade (Java's HttpClient sends {@code Upgrade: h2c}) as plain
 * HTTP/1.1, as RFC 7230 section 6.7 allows. Grizzly marks such a request's body as belonging to
 * the upgraded protocol and leaves it unparsed when no HTTP/2 filter takes the upgrade, so a POST
 * hangs until it times out (Jersey issue 6059, Grizzly issues 1972 and 2117). This filter, placed
 * after the HTTP codec, takes the upgrade event and undoes the marking.
 */
public final class IgnoreHttpUpgrade extends BaseFilter {

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
        if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
            HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
            header.setUpgrade(null);
            header.setIgnoreContentModifiers(false);
            return ctx.getStopAction();
        }
        return ctx.getInvokeAction();
    }
}
