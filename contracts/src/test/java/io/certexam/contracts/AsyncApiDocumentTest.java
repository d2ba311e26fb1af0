package io.certexam.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The AsyncAPI document names every topic and event the code publishes, with a schema file for each. */
class AsyncApiDocumentTest {

    @Test
    void describesEveryEventTypeOnItsTopic() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(new File("src/main/resources/asyncapi.yaml"));
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        for (EventType type : EventType.values()) {
            String name = type.payloadType().getSimpleName();
            JsonNode message = doc.at("/components/messages/" + name);
            assertThat(message.get("name").asText()).isEqualTo(type.cloudEventType());
            String schema = message.at("/payload/$ref").asText().replace("./", "");
            assertThat(Files.exists(Path.of("src/main/resources", schema))).as(schema).isTrue();
            boolean onItsTopic = false;
            for (JsonNode channel : doc.get("channels")) {
                if (channel.get("address").asText().equals(type.topic()) && channel.at("/messages/" + name).isObject()) {
                    onItsTopic = true;
                }
            }
            assertThat(onItsTopic).as("%s on %s", name, type.topic()).isTrue();
        }
    }
}
