package io.certexam.grading.regrade;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.certexam.grading.key.AnswerKeyRevision;
import io.certexam.grading.key.AnswerKeys;
import io.certexam.grading.key.KeyRef;
import io.certexam.platform.problem.InvalidInputException;
import io.certexam.platform.problem.NotFoundException;
import io.certexam.platform.security.Actor;

/** Regrading for administrators: preview any question, read proposals, propose by hand, apply (four eyes). */
@RestController
class RegradeController {

    private final RegradeProposals proposals;
    private final RegradeCalculator calculator;
    private final RegradeRunner runner;
    private final AnswerKeys keys;

    RegradeController(RegradeProposals proposals, RegradeCalculator calculator, RegradeRunner runner, AnswerKeys keys) {
        this.proposals = proposals;
        this.calculator = calculator;
        this.runner = runner;
        this.keys = keys;
    }

    /** What the newest key of a question version would change, without proposing anything. */
    @PostMapping("/api/regrades/preview")
    @PreAuthorize("hasRole('ADMIN')")
    Preview preview(@RequestBody QuestionRequest request) {
        KeyRef ref = request.ref();
        AnswerKeyRevision key = keys.latest(List.of(ref)).get(ref);
        if (key == null) {
            throw new NotFoundException("answer key", ref.questionId() + " v" + ref.version());
        }
        List<RegradeChange> changes = calculator.changes(key);
        return new Preview(ref.questionId(), ref.version(), key.keyRevision(), changes.size(),
                (int) changes.stream().filter(c -> c.newScore().compareTo(c.oldScore()) != 0).count(),
                (int) changes.stream().filter(RegradeChange::flipsToPass).count(),
                (int) changes.stream().filter(RegradeChange::flipsToFail).count(), changes);
    }

    @PostMapping("/api/regrades")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<RegradeProposals.Proposal> propose(@RequestBody QuestionRequest request, Actor admin) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("reason", "a reason is required");
        }
        String id = proposals.propose(request.ref(), request.reason().strip(), admin.id());
        return ResponseEntity.created(URI.create("/api/regrades/" + id)).body(proposals.find(id));
    }

    @GetMapping("/api/regrades")
    @PreAuthorize("hasRole('ADMIN')")
    List<RegradeProposals.Proposal> list(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        return proposals.newestFirst(limit);
    }

    @GetMapping("/api/regrades/{regradeId}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> get(@PathVariable String regradeId, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new InvalidInputException("size", "page ≥ 0 and size between 1 and 1000");
        }
        return Map.of("proposal", proposals.find(regradeId), "page", page, "size", size,
                "affected", proposals.changes(regradeId, page, size));
    }

    /** 202: the attempts are regraded in the background; poll the proposal until it is APPLIED. */
    @PostMapping("/api/regrades/{regradeId}/apply")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<RegradeProposals.Proposal> apply(@PathVariable String regradeId, Actor admin) {
        RegradeProposals.Proposal proposal = proposals.startApplying(regradeId, admin.id());
        if (RegradeProposals.APPLYING.equals(proposal.status())) {
            runner.runAsync(regradeId);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(proposal);
    }

    record QuestionRequest(String questionId, Integer version, String reason) {

        KeyRef ref() {
            if (questionId == null || questionId.isBlank()) {
                throw new InvalidInputException("questionId", "required");
            }
            return new KeyRef(questionId, version == null ? 1 : version);
        }
    }

    /** @param affected every attempt graded with an older key of the question version */
    record Preview(String questionId, int version, int keyRevision, int attempts, int scoreChanges, int flipsToPass,
                   int flipsToFail, List<RegradeChange> affected) {
    }
}
