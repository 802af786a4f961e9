package io.github.mongoapitoolkit.stubs.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a null property only where the spec says the property is {@code nullable}, and leaves
 * it out everywhere else. The generated JAX-RS models carry no such information, so it is read
 * from the specs: a required nullable field such as mongosync's {@code info} in IDLE is sent as
 * null, an optional non-nullable one such as {@code ceaStage} is left out.
 */
public final class SpecNullability extends BeanSerializerModifier {

    private final Map<String, Set<String>> nullableProperties = new HashMap<>();
    private final String modelPackageSuffix;

    /**
     * @param specs the parsed spec documents whose {@code components/schemas} name the models
     * @param modelPackageSuffix the package suffix of the generated models, such as {@code .server.model}
     */
    public SpecNullability(List<JsonNode> specs, String modelPackageSuffix) {
        this.modelPackageSuffix = modelPackageSuffix;
        for (JsonNode spec : specs) {
            JsonNode schemas = spec.path("components").path("schemas");
            for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> schema = it.next();
                Set<String> nullable = nullableProperties.computeIfAbsent(schema.getKey(), k -> new HashSet<>());
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.getValue().path("properties").fields(); props.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = props.next();
                    if (isNullable(property.getValue(), schemas)) {
                        nullable.add(property.getKey());
                    }
                }
            }
        }
    }

    /** A Jackson module that applies the rule. */
    public SimpleModule module() {
        return new SimpleModule("spec-nullability").setSerializerModifier(this);
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
            List<BeanPropertyWriter> properties) {
        Class<?> type = description.getBeanClass();
        if (type.getPackageName().endsWith(modelPackageSuffix)) {
            Set<String> nullable = nullableProperties.getOrDefault(type.getSimpleName(), Set.of());
            List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
            for (BeanPropertyWriter property : properties) {
                changed.add(nullable.contains(property.getName()) ? property : new OmitNullWriter(property));
            }
            return changed;
        }
        return properties;
    }

    private static boolean isNullable(JsonNode property, JsonNode schemas) {
        if (property.path("nullable").asBoolean(false)) {
            return true;
        }
        String ref = property.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                && schemas.path(ref.substring("#/components/schemas/".length())).path("nullable").asBoolean(false);
    }

    /** A property writer that writes nothing when the value is null. */
    private static final class OmitNullWriter extends BeanPropertyWriter {
        OmitNullWriter(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (get(bean) != null) {
                super.serializeAsField(bean, gen, provider);
            }
        }
    }
}
