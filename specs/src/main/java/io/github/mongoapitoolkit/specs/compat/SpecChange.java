package io.github.mongoapitoolkit.specs.compat;

/**
 * One difference between the baseline and the working spec of an API.
 *
 * @param operation the operationId (the baseline's when the operation was removed), or "" for
 *                  changes outside any operation
 * @param endpoint  method and path, for example {@code GET /api/v1/progress}
 * @param location  where in the operation: {@code response 200}, {@code request body},
 *                  {@code parameter pageNum}; "" for the operation itself
 * @param field     dotted path of the field inside the body ({@code progress.lag}, items as
 *                  {@code results[]}); "" when the change is not about one field
 * @param kind      what changed
 * @param breaking  whether consumers built against the baseline can break
 * @param detail    before and after, for people
 */
public record SpecChange(String operation, String endpoint, String location, String field, ChangeKind kind,
                         boolean breaking, String detail) {

    /** Where the change is, the way failure messages and the changelog name it. */
    public String where() {
        StringBuilder where = new StringBuilder(operation.isEmpty() ? endpoint : operation + " (" + endpoint + ")");
        if (!location.isEmpty()) {
            where.append(", ").append(location);
        }
        if (!field.isEmpty()) {
            where.append(", field ").append(field);
        }
        return where.toString();
    }
}
