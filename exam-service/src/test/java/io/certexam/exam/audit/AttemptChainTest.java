package io.certexam.exam.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.aopalliance.intercept.MethodInterceptor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;

class AttemptChainTest {

    private final AtomicInteger serialisations = new AtomicInteger();
    private final AttemptChain chain = new AttemptChain(countingSerializer());

    record Saved(String itemId, String answer) {
    }

    record Answered(String itemId, Map<String, Object> answer, BigDecimal score, long clientSeq, List<Object> extras) {
    }

    @AfterEach
    void noUnitOfWorkLeftOpen() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @Test
    void theHashDependsOnThePayloadAndThePredecessor() {
        String first = chain.hashOf(event("id-1", new Saved("q1", "A"), AttemptChain.GENESIS));

        assertThat(first).hasSize(64).isEqualTo(chain.hashOf(event("id-1", new Saved("q1", "A"), AttemptChain.GENESIS)));
        assertThat(chain.hashOf(event("id-1", new Saved("q1", "B"), AttemptChain.GENESIS))).isNotEqualTo(first);
        assertThat(chain.hashOf(event("id-1", new Saved("q1", "A"), first))).isNotEqualTo(first);
    }

    /**
     * The canonical form is what an auditor recomputes with their own tools, so it must never drift (a Jackson
     * upgrade, a refactoring). This hash was computed outside Java from the documented form:
     * <pre>
     * printf '%s' '{"aggregateId":"attempt-1","metadata":{"actor":"cand-1","actorRole":"CANDIDATE","prevHash":"0…0"},
     *   "payload":{"answer":{"selected":["B","A"],"text":"Ünïcode — \"quoted\"\nline two 😍"},"clientSeq":12,
     *   "extras":[true,null,{},-3,9007199254740993],"itemId":"q-7","score":2.5},"sequence":3,
     *   "timestamp":"2026-12-02T10:15:30.123Z","type":"io.certexam.exam.audit.AttemptChainTest$Answered"}' | sha256sum
     * </pre>
     * (on one line, with the 64 zeros of the genesis hash): sorted keys, nulls in objects left out (kept in arrays),
     * decimals without trailing zeros (2.50 is 2.5), every character as UTF-8 (an emoji too), the timestamp in
     * milliseconds.
     */
    @Test
    void theCanonicalFormIsTheDocumentedOne() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("text", "Ünïcode — \"quoted\"\nline two 😍");
        answer.put("selected", List.of("B", "A"));
        answer.put("note", null);
        DomainEventMessage<Answered> event = new GenericDomainEventMessage<>("ExamAttempt", "attempt-1", 3,
                new Answered("q-7", answer, new BigDecimal("2.50"), 12,
                        Arrays.asList(true, null, Map.of(), -3, 9_007_199_254_740_993L)),
                AttemptChain.metaData("cand-1", "CANDIDATE", AttemptChain.GENESIS).and("traceId", "not chained"),
                "id-1", Instant.parse("2026-12-02T10:15:30.123456Z"));

        assertThat(chain.hashOf(event)).isEqualTo("914ba53133295f5c76143ff239eeb5e5d7cef477fce8f2c61cd55c3f56cf331d");
    }

    @Test
    void outsideAUnitOfWorkEveryCallHashesAfresh() {
        chain.hashOf(event("id-1", new Saved("q1", "A"), AttemptChain.GENESIS));
        chain.hashOf(event("id-1", new Saved("q1", "A"), AttemptChain.GENESIS));

        assertThat(serialisations).hasValue(2);
    }

    @Test
    void withinAUnitOfWorkAnEventIsHashedOnceEvenWhenANestedUnitAsksAgain() {
        UnitOfWork<?> command = DefaultUnitOfWork.startAndGet(null);
        String byTheAggregate = chain.hashOf(event("id-1", new Saved("q1", "A"), AttemptChain.GENESIS));
        UnitOfWork<?> publication = DefaultUnitOfWork.startAndGet(null);
        String byTheChainHeads = chain.hashOf(event("id-1", new Saved("q1", "A"), AttemptChain.GENESIS));
        publication.commit();
        String anotherEvent = chain.hashOf(event("id-2", new Saved("q2", "A"), byTheAggregate));
        command.commit();

        assertThat(byTheChainHeads).isEqualTo(byTheAggregate);
        assertThat(anotherEvent).isNotEqualTo(byTheAggregate);
        assertThat(serialisations).hasValue(2);
    }

    private static DomainEventMessage<Saved> event(String id, Saved payload, String previousHash) {
        // a new message each time: Axon caches a message's serialised payload, the chain must not rely on that
        return new GenericDomainEventMessage<>("ExamAttempt", "attempt-1", 3, payload,
                AttemptChain.metaData("cand-1", "CANDIDATE", previousHash), id, Instant.parse("2026-12-02T10:15:30.123Z"));
    }

    private Serializer countingSerializer() {
        ProxyFactory proxy = new ProxyFactory(JacksonSerializer.defaultSerializer());
        proxy.addInterface(Serializer.class);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (invocation.getMethod().getName().equals("serialize")) {
                serialisations.incrementAndGet();
            }
            return invocation.proceed();
        });
        return (Serializer) proxy.getProxy();
    }
}
