package io.certexam.reporting.itemanalysis;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;

/**
 * Answer keys from bank.answer-keys.v1: which options each question version keys, per key revision (the
 * first published key is revision 0, each correction adds one). Item analysis compares the distractors
 * with the current (highest) revision. Only option ids are kept; nothing here is ever shown to candidates.
 */
@Component
class AnswerKeyProjection {

    static final String CONSUMER = "reporting.answer-keys";

    private final Inbox inbox;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AnswerKeyProjection(Inbox inbox, JdbcClient jdbc, ObjectMapper json) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.json = json;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.BANK_ANSWER_KEYS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        switch (event.type()) {
            case ANSWER_KEY_PUBLISHED -> {
                AnswerKeyPublished published = event.payloadAs(AnswerKeyPublished.class);
                store(published.questionId(), published.version(), 0, published.key());
            }
            case ANSWER_KEY_CORRECTED -> {
                AnswerKeyCorrected corrected = event.payloadAs(AnswerKeyCorrected.class);
                store(corrected.questionId(), corrected.version(), corrected.keyRevision(), corrected.newKey());
            }
            default -> throw new PoisonRecordException(event.type() + " does not belong on " + Topics.BANK_ANSWER_KEYS);
        }
    }

    private void store(String questionId, int version, int keyRevision, AnswerKey key) {
        if (questionId == null || questionId.isBlank()) {
            throw new PoisonRecordException("answer key without questionId");
        }
        List<String> options = key == null || key.optionIds() == null ? List.of() : key.optionIds();
        jdbc.sql("""
                        INSERT INTO answer_key (question_id, version, key_revision, option_ids) VALUES (?, ?, ?, ?::jsonb)
                        ON CONFLICT DO NOTHING""")
                .params(questionId, version, keyRevision, toJson(options))
                .update();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise key", e);
        }
    }
}
