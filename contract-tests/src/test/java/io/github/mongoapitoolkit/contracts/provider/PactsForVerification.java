package io.github.mongoapitoolkit.contracts.provider;

import au.com.dius.pact.core.model.DirectorySource;
import au.com.dius.pact.core.model.Pact;
import au.com.dius.pact.core.model.PactSource;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerLoader;
import au.com.dius.pact.provider.junitsupport.loader.PactFolderLoader;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where provider verification finds pacts, all of them for a provider, from every source:
 * <ul>
 * <li>{@code target/pacts}: the pacts this module's consumer tests write;
 * <li>{@code -Dpacts.folders=DIR[,DIR...]}: other teams' pacts, such as
 * {@code examples/consumer/target/pacts}; a folder that does not exist is an error, not "no pacts";
 * <li>{@code -Dpactbroker.url=URL}: a Pact Broker, read by Pact JVM's own broker loader, so every
 * {@code pactbroker.*} property (consumer version selectors, auth) works as Pact documents it.
 * </ul>
 */
public final class PactsForVerification implements au.com.dius.pact.provider.junitsupport.loader.PactLoader {

    /** This module's own pacts. */
    public static final File OWN = new File("target/pacts");
    /** Comma-separated folders of more pacts. */
    public static final String FOLDERS = "pacts.folders";
    /** Pact JVM's property for a broker; unset, no broker is asked. */
    public static final String BROKER = "pactbroker.url";

    /** Pact JVM's broker settings, every one from its {@code pactbroker.*} system property. */
    @PactBroker
    private static final class BrokerSettings {
    }

    public PactsForVerification(Class<?> testClass) {
    }

    @Override
    public List<Pact> load(String providerName) throws IOException {
        List<Pact> pacts = new ArrayList<>();
        for (File folder : folders()) {
            pacts.addAll(new PactFolderLoader(folder).load(providerName));
        }
        String broker = System.getProperty(BROKER, "");
        if (!broker.isBlank()) {
            pacts.addAll(new PactBrokerLoader(BrokerSettings.class.getAnnotation(PactBroker.class)).load(providerName));
        }
        return pacts;
    }

    /** {@code target/pacts} and every folder {@code -Dpacts.folders} names, each checked to exist. */
    public static List<File> folders() {
        List<File> folders = new ArrayList<>(List.of(OWN));
        Arrays.stream(System.getProperty(FOLDERS, "").split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .map(File::new).forEach(folders::add);
        for (File folder : folders) {
            if (!folder.isDirectory()) {
                throw new IllegalArgumentException("No folder of pacts " + folder.getAbsolutePath()
                        + (folder.equals(OWN) ? ": the consumer tests write it" : " (from -D" + FOLDERS + ")"));
            }
        }
        return folders;
    }

    @Override
    public PactSource getPactSource() {
        return new DirectorySource(OWN);
    }

    @Override
    public String description() {
        return "target/pacts, -D" + FOLDERS + "=" + System.getProperty(FOLDERS, "") + ", -D" + BROKER + "="
                + System.getProperty(BROKER, "");
    }
}
