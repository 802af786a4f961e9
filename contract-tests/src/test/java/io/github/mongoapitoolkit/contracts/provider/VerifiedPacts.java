package io.github.mongoapitoolkit.contracts.provider;

import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Provider verification reads its pacts from {@link PactsForVerification}: this module's
 * {@code target/pacts}, the folders in {@code -Dpacts.folders}, and a Pact Broker when
 * {@code -Dpactbroker.url} is set. Any number of pacts per provider.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@PactSource(PactsForVerification.class)
@Inherited
@interface VerifiedPacts {
}
