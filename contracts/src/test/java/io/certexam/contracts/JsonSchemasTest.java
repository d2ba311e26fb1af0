package io.certexam.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;

/**
 * The JSON schemas under {@code src/main/resources/schemas} are published with the contract. They are
 * generated from the records; this test fails when a record changed and its schema file did not.
 * Regenerate with {@code ./mvnw -pl contracts test -Dcontracts.updateSchemas=true}.
 */
class JsonSchemasTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final SchemaGenerator generator = new SchemaGenerator(
            new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                    .with(new JacksonModule())
                    .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                    .build());

    @ParameterizedTest
    @EnumSource(EventType.class)
    void committedSchemaMatchesTheRecord(EventType type) throws IOException {
        JsonNode schema = generator.generateSchema(type.payloadType());
        ((com.fasterxml.jackson.databind.node.ObjectNode) schema).put("title", type.cloudEventType());
        String expected = JSON.writeValueAsString(JSON.readTree(schema.toString())) + "\n";
        Path file = SCHEMAS.resolve(type.cloudEventType() + ".schema.json");
        if (Boolean.getBoolean("contracts.updateSchemas")) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, expected);
        }
        assertThat(file).as("schema file for %s; regenerate with -Dcontracts.updateSchemas=true", type).exists();
        assertThat(Files.readString(file)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaNeverExposesTheKafkaKeyAccessorAsAField(EventType type) throws IOException {
        JsonNode schema = JSON.readTree(SCHEMAS.resolve(type.cloudEventType() + ".schema.json").toFile());
        assertThat(schema.path("properties").has("schemaVersion")).isTrue();
        assertThat(schema.path("properties").has("subject")).isFalse();
    }
}
