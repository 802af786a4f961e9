package io.github.mongoapitoolkit.stubs.cloud;

import io.github.mongoapitoolkit.atlas.server.model.BadRequestDetail;
import io.github.mongoapitoolkit.atlas.server.model.FieldViolation;
import java.util.List;

/** Atlas's {@code badRequestDetail} for one bad request element. */
public final class BadRequestDetails {

    private BadRequestDetails() {
    }

    public static BadRequestDetail of(String field, String description) {
        return new BadRequestDetail().fields(List.of(new FieldViolation().field(field).description(description)));
    }
}
