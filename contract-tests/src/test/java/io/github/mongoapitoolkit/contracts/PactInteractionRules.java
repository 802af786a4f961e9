package io.github.mongoapitoolkit.contracts;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How interactions are held against a spec: swagger-request-validator's core validator with every
 * rule at its default level but one. A pact leaves credentials to the transport (Digest needs a
 * challenge first, bearer tokens expire), so a request without {@code Authorization} is not a
 * contract violation; provider verification adds real credentials and the stub enforces them.
 */
public final class PactInteractionRules {

    /** The only rule relaxed for pacts, and why: see the class comment. */
    public static final String CREDENTIALS_LEFT_TO_TRANSPORT = "validation.request.security.missing";

    private PactInteractionRules() {
    }

    public static OpenApiInteractionValidator validatorFor(Path spec) {
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(spec))
                    .withLevelResolver(LevelResolver.create()
                            .withLevel(CREDENTIALS_LEFT_TO_TRANSPORT, ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + spec, e);
        }
    }
}
