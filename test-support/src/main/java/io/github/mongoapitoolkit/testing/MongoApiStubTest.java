package io.github.mongoapitoolkit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the stub for each test of the class: free loopback ports, the built-in dataset, the
 * development credentials, a simulation clock that moves only when the test moves it. Declare a
 * {@link MongoApiStubs} parameter to get it. For one stub per class, a rate limit or a dataset of
 * your own, register a {@link MongoApiStubsExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(MongoApiStubsExtension.class)
public @interface MongoApiStubTest {
}
