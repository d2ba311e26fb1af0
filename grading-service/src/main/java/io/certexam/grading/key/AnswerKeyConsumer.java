package io.certexam.grading.key;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.certexam.contracts.Topics;
import io.certexam.contracts.bank.AnswerKey;
import io.certexam.contracts.bank.AnswerKeyCorrected;
import io.certexam.contracts.bank.AnswerKeyPublished;
import io.certexam.platform.messaging.Inbox;
import io.certexam.platform.messaging.PoisonRecordException;
import io.certexam.platform.messaging.ReceivedEvent;

/**
 * Keeps every answer key revision bank-service publishes. A correction only adds a revision here:
 * results already published stay as they are until a regrade is applied.
 */
@Component
class AnswerKeyConsumer {

    static final String CONSUMER = "grading-answer-keys";

    private final Inbox inbox;
    private final AnswerKeys answerKeys;
    private final ApplicationEventPublisher applicationEvents;

    AnswerKeyConsumer(Inbox inbox, AnswerKeys answerKeys, ApplicationEventPublisher applicationEvents) {
        this.inbox = inbox;
        this.answerKeys = answerKeys;
        this.applicationEvents = applicationEvents;
    }

    @KafkaListener(topics = Topics.BANK_ANSWER_KEYS)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(ReceivedEvent event) {
        switch (event.type()) {
            case ANSWER_KEY_PUBLISHED -> {
                AnswerKeyPublished published = event.payloadAs(AnswerKeyPublished.class);
                store(new KeyRef(published.questionId(), published.version()), 0, published.key());
            }
            case ANSWER_KEY_CORRECTED -> {
                AnswerKeyCorrected corrected = event.payloadAs(AnswerKeyCorrected.class);
                KeyRef ref = new KeyRef(corrected.questionId(), corrected.version());
                store(ref, corrected.keyRevision(), corrected.newKey());
                applicationEvents.publishEvent(new AnswerKeyCorrectionStored(ref, corrected.keyRevision(),
                        corrected.reason(), corrected.correctedBy(), corrected.correctedAt()));
            }
            default -> {
                // nothing else is published on this topic today
            }
        }
    }

    private void store(KeyRef ref, int keyRevision, AnswerKey key) {
        if (ref.questionId() == null || key == null) {
            throw new PoisonRecordException("an answer key event lacks its questionId or key");
        }
        answerKeys.add(ref, keyRevision, key);
        applicationEvents.publishEvent(new AnswerKeyStored(ref));
    }
}
