package io.certexam.reporting.transcript;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.reporting.Identifiers;
import jakarta.validation.constraints.Pattern;

@RestController
class TranscriptController {

    private final TranscriptQuery query;

    TranscriptController(TranscriptQuery query) {
        this.query = query;
    }

    /** The candidate themself (token subject) or an admin; a candidate with no attempts gets an empty transcript. */
    @GetMapping("/api/reports/candidates/{candidateId}/transcript")
    @PreAuthorize("hasRole('ADMIN') or #candidateId == authentication.name")
    Transcript transcript(
            @PathVariable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String candidateId) {
        return query.of(candidateId);
    }
}
