package io.certexam.reporting.certificate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.platform.problem.NotFoundException;
import io.certexam.reporting.Identifiers;
import jakarta.validation.constraints.Pattern;

/**
 * Public on purpose: a QR code on a printed certificate opens this URL on any phone, without a token. It
 * answers only validity, exam and dates, never who holds the certificate, and the id is a name-based UUID
 * of the attempt, which nobody can enumerate without knowing attempt ids.
 */
@RestController
class CertificateVerificationController {

    static final String PATH = "/api/certificates/{certificateId}/verification";

    private final CertificateQuery query;

    CertificateVerificationController(CertificateQuery query) {
        this.query = query;
    }

    @GetMapping(PATH)
    CertificateVerification verify(
            @PathVariable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String certificateId) {
        return query.verification(certificateId).orElseThrow(() -> new NotFoundException("certificate", certificateId));
    }

    /**
     * The platform's filter chain authenticates every /api path and offers no list of public paths, so the
     * one public path bypasses it here (see docs/reporting-service.md: a platform setting would be better).
     */
    @Configuration
    static class PublicVerification {

        @Bean
        WebSecurityCustomizer publicCertificateVerification() {
            return web -> web.ignoring().requestMatchers("/api/certificates/*/verification");
        }
    }
}
