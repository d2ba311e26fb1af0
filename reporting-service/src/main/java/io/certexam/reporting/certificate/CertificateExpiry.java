package io.certexam.reporting.certificate;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.certexam.contracts.reporting.CertificateExpired;
import io.certexam.reporting.SqlTime;

/**
 * Expires valid certificates whose expiry has passed. Durable like exam-service's deadline scheduler: it
 * keeps nothing in memory and asks PostgreSQL which certificates are due on every run, so certificates that
 * fell due while the service was down expire on the first run after start-up, and two instances cannot
 * expire one twice (the update is conditional on VALID). The event's time is the expiry itself, not the
 * moment the poller noticed, so the event id and content do not depend on when it ran.
 */
@Component
class CertificateExpiry {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final CertificateOutbox outbox;
    private final Clock clock;
    private final int batchSize;

    CertificateExpiry(JdbcClient jdbc, PlatformTransactionManager transactions, CertificateOutbox outbox, Clock clock,
                      @Value("${certexam.reporting.certificate-expiry-batch-size:200}") int batchSize) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${certexam.reporting.certificate-expiry-interval:1s}")
    void expireDue() {
        List<String> due;
        do {
            due = jdbc.sql("""
                            SELECT certificate_id FROM certificate
                            WHERE status = 'VALID' AND expires_at <= ? ORDER BY expires_at, certificate_id LIMIT ?""")
                    .params(SqlTime.utc(clock.instant()), batchSize)
                    .query(String.class)
                    .list();
            due.forEach(id -> transaction.executeWithoutResult(status -> expire(id)));
        } while (due.size() == batchSize);
    }

    private void expire(String certificateId) {
        jdbc.sql("""
                        UPDATE certificate SET status = 'EXPIRED', expired_at = expires_at
                        WHERE certificate_id = ? AND status = 'VALID'
                        RETURNING candidate_id, exam_id, expires_at""")
                .param(certificateId)
                .query((row, n) -> new CertificateExpired(CertificateExpired.SCHEMA_VERSION, certificateId,
                        row.getString("candidate_id"), row.getString("exam_id"), SqlTime.instant(row, "expires_at")))
                .optional()
                .ifPresent(expired -> outbox.queue(CertificateOutbox.eventId(certificateId, "expired"),
                        expired.expiredAt(), expired));
    }

}
