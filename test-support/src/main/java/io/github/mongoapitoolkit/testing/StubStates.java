package io.github.mongoapitoolkit.testing;

import java.util.List;

/**
 * The provider states {@link MongoApiStubs#given} sets, by the names the toolkit's provider
 * verification and a consumer's Pact {@code given(...)} use. The same names work over HTTP with
 * the runnable jar's admin API ({@code POST /admin/state}). mongosync states are set (the sync
 * is started, paused or committed and the clock moved); Atlas and Ops Manager states are facts
 * of the built-in dataset, checked with a real request when applied.
 */
public final class StubStates {

    /** The state in which the caller sends no credentials: nothing to set on the stub. */
    public static final String NO_CREDENTIALS = io.github.mongoapitoolkit.stubs.control.StubStates.NO_CREDENTIALS;

    private StubStates() {
    }

    /** Every state name, in a stable order: mongosync, Atlas, Ops Manager. */
    public static List<String> names() {
        return io.github.mongoapitoolkit.stubs.control.StubStates.names();
    }
}
