package io.certexam.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void cloudEventTypesAreUniqueAndResolveBack() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::cloudEventType).distinct())
                .hasSize(EventType.values().length);
        for (EventType type : EventType.values()) {
            assertThat(EventType.ofCloudEventType(type.cloudEventType())).contains(type);
        }
        assertThat(EventType.RESULT_PUBLISHED.cloudEventType()).isEqualTo("exam.ResultPublished.v1");
        assertThat(EventType.ofCloudEventType("exam.Unknown.v1")).isEmpty();
    }

    @Test
    void everyEventTypeGoesToAKnownTopic() {
        for (EventType type : EventType.values()) {
            assertThat(Topics.ALL).contains(type.topic());
        }
    }
}
